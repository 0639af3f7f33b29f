package org.newsdesk.news;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns an item's Markdown into HTML that is safe to print as it is: rendered once, on save,
 * then passed through an allow-list sanitiser. Raw HTML, {@code javascript:} links, event and
 * style attributes never survive.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Pattern HTTPS = Pattern.compile("^https://.+", Pattern.CASE_INSENSITIVE);

    /** What an item body may contain, and nothing else. */
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li",
                    "h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .allowAttributes("src").matching(HTTPS).onElements("img")
            .allowAttributes("alt", "title").onElements("img")
            .allowAttributes("title").onElements("a")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(Pattern.compile("left|center|right")).onElements("th", "td")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            // Raw HTML in Markdown is shown as text, never interpreted.
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        Node document = parser.parse(markdown);
        document.accept(new HeadingLevels());
        return POLICY.sanitize(renderer.render(document)).strip();
    }

    /** The item's title is the page's only h1, so body headings live between h2 and h4. */
    private static final class HeadingLevels extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.min(4, Math.max(2, heading.getLevel())));
            visitChildren(heading);
        }
    }
}
