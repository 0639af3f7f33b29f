package org.newsdesk.browser;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The checkers the browser tests rely on really do find errors. */
class HtmlCheckerTests {

    @Test
    void findsErrorsInInvalidHtmlAndNoneInValidHtml() {
        assertThat(HtmlChecker.errorsInHtml("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p>text</span><img src=\"a.png\"></body></html>")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(HtmlChecker.errorsInHtml("<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head>"
                + "<body><p>text</p><img src=\"a.png\" alt=\"\"></body></html>")).isEmpty();
    }

    @Test
    void findsErrorsInInvalidCss() {
        assertThat(HtmlChecker.errorsInCss("a { colr: red; }")).isNotEmpty();
        assertThat(HtmlChecker.errorsInCss("a { color: red; }")).isEmpty();
    }
}
