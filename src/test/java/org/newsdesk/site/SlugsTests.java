package org.newsdesk.site;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Migración en Centroamérica | migracion-en-centroamerica",
            "  Costa Rica repatriated 36 Costa Ricans!  | costa-rica-repatriated-36-costa-ricans",
            "Health & Migration | health-and-migration",
            "“Safe Migration” — a workshop | safe-migration-a-workshop",
            "Straße über Ærø | strasse-uber-aero",
            "Niños, niñas y adolescentes | ninos-ninas-y-adolescentes",
            "---a---b--- | a-b",
            "Belize's officers | belize-s-officers"})
    void transliteratesAccentsAndJoinsWordsWithSingleHyphens(String text, String slug) {
        assertThat(Slugs.fromText(text)).isEqualTo(slug);
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void textWithoutLettersOrDigitsGivesAnEmptySlug() {
        assertThat(Slugs.fromText("!!! ¿? 🙂")).isEmpty();
    }

    @Test
    void longTitlesAreCutAtAWordBoundaryWithinTheLimit() {
        String slug = Slugs.fromText("word ".repeat(60));

        assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
        assertThat(slug).endsWith("word").doesNotEndWith("-");
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @Test
    void validSlugsAreLowerCaseAsciiWithSingleHyphens() {
        assertThat(Slugs.isValid("a-b-1")).isTrue();
        assertThat(Slugs.isValid("A-b")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("-a")).isFalse();
        assertThat(Slugs.isValid("a_b")).isFalse();
        assertThat(Slugs.isValid("")).isFalse();
        assertThat(Slugs.isValid("a".repeat(121))).isFalse();
        assertThat(Slugs.isValid("migración")).isFalse();
    }

    @Test
    void theFirstFreeSlugNumbersTheBaseFromTwo() {
        Set<String> taken = Set.of("migration", "migration-2");

        assertThat(Slugs.firstFree("health", taken::contains)).isEqualTo("health");
        assertThat(Slugs.firstFree("migration", taken::contains)).isEqualTo("migration-3");
    }

    @Test
    void aNumberedSlugStaysWithinTheLimitAndEndsWithNoDoubleHyphen() {
        String base = "a".repeat(Slugs.MAX_LENGTH - 2) + "-b";

        String slug = Slugs.firstFree(base, base::equals);

        assertThat(slug).isEqualTo("a".repeat(Slugs.MAX_LENGTH - 2) + "-2");
        assertThat(Slugs.isValid(slug)).isTrue();
    }
}
