package org.newsdesk.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightedSnippetTests {

    static final String START = String.valueOf(HighlightedSnippet.START);
    static final String STOP = String.valueOf(HighlightedSnippet.STOP);

    @Test
    void escapesTheTextAndMarksOnlyTheMatches() {
        String headline = "<script>alert(1)</script> " + START + "border" + STOP + " & \"health\" 'ok'";

        assertThat(HighlightedSnippet.toHtml(headline, false)).isEqualTo(
                "&lt;script&gt;alert(1)&lt;/script&gt; <mark>border</mark> &amp; &quot;health&quot; &#39;ok&#39;");
        assertThat(HighlightedSnippet.hasHighlight(headline)).isTrue();
        assertThat(HighlightedSnippet.hasHighlight("no match")).isFalse();
    }

    @Test
    void textTakenFromHtmlIsDecodedBeforeItIsEscapedOnce() {
        String headline = "it&#39;s  A &amp; " + START + "B" + STOP + " &lt;b&gt;\n&#x1f600;";

        assertThat(HighlightedSnippet.toHtml(headline, true)).isEqualTo("it&#39;s A &amp; <mark>B</mark> &lt;b&gt; \uD83D\uDE00");
    }

    @Test
    void markersAreAlwaysBalancedAndEntitiesNeverBecomeMarkers() {
        assertThat(HighlightedSnippet.toHtml(STOP + "a " + START + "b", false)).isEqualTo("a <mark>b</mark>");
        assertThat(HighlightedSnippet.toHtml(START + START + "a" + STOP + STOP, false)).isEqualTo("<mark>a</mark>");
        assertThat(HighlightedSnippet.toHtml("x &#xE000;y&#xE001;", true)).isEqualTo("x y");
        assertThat(HighlightedSnippet.toHtml(null, false)).isEmpty();
    }
}
