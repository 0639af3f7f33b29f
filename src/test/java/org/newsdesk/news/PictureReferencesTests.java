package org.newsdesk.news;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Library pictures found in Markdown as the renderer reads it, and renumbered where they are written (an import). */
class PictureReferencesTests {

    private static final Map<Long, Long> IDS = Map.of(1L, 41L, 2L, 7L, 12L, 3L);

    @Test
    void picturesAreFoundAndRenumberedInlineWithTitlesInAngleBracketsAndByReference() {
        String text = """
                Before ![one](media:1) and ![twelve](media:12 "A title") inline.

                ![two](<media:2>)

                ![by reference][harbour]

                [harbour]: media:1
                """;
        assertThat(PictureReferences.in(text)).containsExactly(1L, 12L, 2L);
        assertThat(PictureReferences.renumbered(text, IDS)).isEqualTo("""
                Before ![one](media:41) and ![twelve](media:3 "A title") inline.

                ![two](<media:7>)

                ![by reference][harbour]

                [harbour]: media:41
                """);
    }

    @Test
    void textThatOnlyLooksLikeAReferenceStaysAsItIs() {
        String text = """
                Write `![label](media:1)` to place a picture; [a link](media:2) is no picture.

                    ![in a code block](media:12)

                A label that says media:1 ![media:1](media:2)
                """;
        assertThat(PictureReferences.in(text)).containsExactly(2L);
        assertThat(PictureReferences.renumbered(text, IDS)).isEqualTo(text.replace("![media:1](media:2)", "![media:1](media:7)"));
        assertThat(PictureReferences.renumbered("No pictures.", IDS)).isEqualTo("No pictures.");
    }

    @Test
    void aReferenceThatCannotBeRewrittenExactlyGivesNothingRatherThanAWrongNumber() {
        String escaped = "![x](media&#58;1)";
        assertThat(PictureReferences.in(escaped)).containsExactly(1L);
        assertThat(PictureReferences.renumbered(escaped, IDS)).isNull();
    }
}
