package org.newsdesk.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTests {

    @Test
    void oneWordIsItsOwnPrefix() {
        SearchQuery query = SearchQuery.parse("migration");

        assertThat(query.prefix()).isEqualTo("'migration':*");
        assertThat(query.form()).isEqualTo(SearchQuery.Form.PREFIX);
    }

    @Test
    void theLastWordIsAlsoKeptWholeForThePlannersEstimate() {
        assertThat(SearchQuery.parse("human traffick").word()).isEqualTo("'traffick'");
        assertThat(SearchQuery.parse("migration").word()).isEqualTo("'migration'");
        assertThat(SearchQuery.parse("\"human trafficking\"").word()).isNull();
    }

    /** The last word also matches as a prefix; the words before it stay as typed. */
    @ParameterizedTest
    // Double quotes in the table, because the prefixes hold single ones and the rests end in a space.
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "human traffick           | 'traffick':* | \"human \"              | AND_PREFIX",
            "smuggling or human traff | 'traff':*    | \"smuggling or human \" | EITHER",
            "smuggling or traffick    | 'traffick':* | \"smuggling \"          | OR_PREFIX",
            "albergues OR refug       | 'refug':*    | \"albergues \"          | OR_PREFIX",
            "cross-bord               | 'bord':*     | cross-                 | AND_PREFIX"})
    void theLastWordIsAPrefixAndTheRestIsKept(String text, String prefix, String rest, SearchQuery.Form form) {
        SearchQuery query = SearchQuery.parse(text);

        assertThat(query.text()).isEqualTo(text);
        assertThat(query.prefix()).isEqualTo(prefix);
        assertThat(query.rest()).isEqualTo(rest);
        assertThat(query.form()).isEqualTo(form);
    }

    @Test
    void aQueryWithoutAPrefixIsSearchedAsTyped() {
        assertThat(SearchQuery.parse("border -panama").form()).isEqualTo(SearchQuery.Form.PLAIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"border -panama", "\"human trafficking\"", "\"open phrase", "migrants or",
            "migrants OR", "health ab", "migration,", "", "   ", "trafficking'", "a:*"})
    void noPrefixForExcludedQuotedOperatorOrShortWords(String text) {
        assertThat(SearchQuery.parse(text).hasPrefix()).isFalse();
    }

    @Test
    void accentedWordsArePrefixesToo() {
        assertThat(SearchQuery.parse("Migraci\u00f3n").prefix()).isEqualTo("'Migraci\u00f3n':*");
        // Decomposed input is composed first.
        assertThat(SearchQuery.parse("Migracio\u0301n").text()).isEqualTo("Migraci\u00f3n");
    }

    @Test
    void controlFormatPrivateUseAndLoneSurrogateCharactersAreRemoved() {
        String raw = "bor\u0000der\u0007 \u200Bhealth\uE000\uE001 \uD800 \uDC00x\t\nmigrants \u202Eend";

        assertThat(SearchQuery.parse(raw).text()).isEqualTo("border health x migrants end");
    }

    @Test
    void emojiAndSymbolsAreKeptForPostgreSqlToIgnore() {
        assertThat(SearchQuery.parse("\uD83D\uDE00 & | ! : * ( ) ' \" \\").text()).isEqualTo("\uD83D\uDE00 & | ! : * ( ) ' \" \\");
    }

    @Test
    void longQueriesAreCutAtTwoHundredCharactersWithoutSplittingACharacter() {
        assertThat(SearchQuery.parse("a".repeat(500)).text()).hasSize(200);
        String emoji = "\uD83D\uDE00";
        String cut = SearchQuery.parse("a" + emoji.repeat(150)).text();
        assertThat(cut).hasSize(199);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        assertThat(SearchQuery.parse(null).isBlank()).isTrue();
    }
}
