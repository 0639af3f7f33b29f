package org.newsdesk.browser;

import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/** axe-core run in the page the browser shows, with the WCAG 2.x A and AA rules up to 2.2. */
final class AccessibilityChecker {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private AccessibilityChecker() {
    }

    /** One line per violation: the rule, its impact, and the elements that break it. */
    static List<String> violations(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        return results.getViolations().stream().map(AccessibilityChecker::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList();
    }
}
