package org.newsdesk.site;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in the site's language, with the pattern of the application's own message bundles. */
class DateLabelsTests {

    static final OffsetDateTime DATE = OffsetDateTime.parse("2017-12-04T09:30:00-06:00");

    @Test
    void englishDates() {
        assertThat(labels(Locale.ENGLISH).date(DATE)).isEqualTo("4 December 2017");
    }

    @Test
    void spanishDates() {
        assertThat(labels(Locale.forLanguageTag("es")).date(DATE)).isEqualTo("4 de diciembre de 2017");
    }

    private static DateLabels labels(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        SiteProperties site = new SiteProperties("Test News", "News for tests", URI.create("https://news.example.org"),
                locale, ZoneId.of("America/Costa_Rica"), 10, null, null, "/img/logo.png");
        return new DateLabels(messages, site);
    }
}
