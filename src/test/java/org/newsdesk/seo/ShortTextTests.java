package org.newsdesk.seo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortTextTests {

    @Test
    void shortTextIsKeptWithItsWhiteSpaceCollapsed() {
        assertThat(ShortText.cut("  A short\n summary.  ", 160)).isEqualTo("A short summary.");
        assertThat(ShortText.cut("x".repeat(160), 160)).hasSize(160);
        assertThat(ShortText.cut(null, 160)).isNull();
    }

    @Test
    void longTextIsCutAtTheLastWordBoundaryBeforeTheLimitWithAnEllipsis() {
        String text = "Migrant children and adolescents returned from Mexico and the United States received psychosocial "
                + "support, legal counselling and help to go back to school in their communities of origin this year.";

        String cut = ShortText.cut(text, 160);

        assertThat(cut.length()).isLessThanOrEqualTo(160);
        assertThat(cut).endsWith("…");
        String kept = cut.substring(0, cut.length() - 1);
        assertThat(text).startsWith(kept);
        // The cut falls between two words, not inside one.
        assertThat(text.charAt(kept.length())).isEqualTo(' ');
        assertThat(kept.length()).isGreaterThan(140);
    }

    @Test
    void trailingPunctuationBeforeTheEllipsisIsDropped() {
        String text = "word ".repeat(20) + "end, " + "more ".repeat(20);

        assertThat(ShortText.cut(text, 110)).doesNotContain(",…").endsWith("…");
    }

    @Test
    void aSingleHugeWordIsCutWhereTheLimitFalls() {
        String cut = ShortText.cut("a".repeat(300), 160);

        assertThat(cut).hasSize(160).endsWith("a…");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNeverSplit() {
        String cut = ShortText.cut("🙂".repeat(200), 110);

        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(110);
        assertThat(cut).endsWith("🙂…");
    }
}
