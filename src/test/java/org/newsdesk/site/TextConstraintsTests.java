package org.newsdesk.site;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The same text is accepted or refused by every form and import that uses the shared constraints. */
class TextConstraintsTests {

    private static ValidatorFactory factory;
    private static Validator validator;

    record Texts(@PlainText String line, @PlainText(PlainText.Allowing.LINE_BREAKS) String paragraph,
                 @PlainText(PlainText.Allowing.LINE_BREAKS_AND_TABS) String markdown) {
    }

    record Slugged(@Slug String slug, @Slug(allowEmpty = true) String orEmpty) {
    }

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @ParameterizedTest
    @CsvSource({
            // text (\\t and \\n escaped), one line, paragraph, Markdown
            "'Migración en Centroamérica',  true,  true,  true",
            "'first\\nsecond',               false, true,  true",
            "'a\\tb',                        false, false, true",
            "'line\u2028separator',         false, false, false",
            "'bell\u0007',                  false, false, false",
            "'next line\u0085',             false, false, false"})
    void controlCharactersAreRefusedAlikeEverywhere(String escaped, boolean line, boolean paragraph, boolean markdown) {
        String text = escaped.translateEscapes();

        assertThat(validator.validate(new Texts(text, null, null))).as("one line").hasSize(line ? 0 : 1);
        assertThat(validator.validate(new Texts(null, text, null))).as("paragraph").hasSize(paragraph ? 0 : 1);
        assertThat(validator.validate(new Texts(null, null, text))).as("Markdown").hasSize(markdown ? 0 : 1);
    }

    @ParameterizedTest
    @CsvSource({
            // slug, valid, valid where empty asks for one
            "'migracion-2026',      true,  true",
            "'',                    false, true",
            "'Migracion',           false, false",
            "'double--hyphen',      false, false",
            "'-leading',            false, false",
            "'migración',           false, false"})
    void slugsAreCheckedByTheOneRule(String slug, boolean valid, boolean validOrEmpty) {
        assertThat(validator.validate(new Slugged(slug, null))).as("slug").hasSize(valid ? 0 : 1);
        assertThat(validator.validate(new Slugged(null, slug))).as("slug or empty").hasSize(validOrEmpty ? 0 : 1);
        assertThat(Slugs.isValid(slug)).isEqualTo(valid);
    }

    @Test
    void aSlugLongerThanTheLimitIsRefused() {
        assertThat(validator.validate(new Slugged("a".repeat(Slugs.MAX_LENGTH), null))).isEmpty();
        assertThat(validator.validate(new Slugged("a".repeat(Slugs.MAX_LENGTH + 1), null))).hasSize(1);
    }
}
