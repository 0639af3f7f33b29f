package org.newsdesk.site;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateLabelsTests {

    static final OffsetDateTime DATE = OffsetDateTime.parse("2017-12-04T09:30:00-06:00");

    @Test
    void englishDates() {
        assertThat(DateLabels.of(Language.EN).date(DATE)).isEqualTo("4 December 2017");
        assertThat(DateLabels.of(Language.EN).month(DATE)).isEqualTo("December 2017");
    }

    @Test
    void spanishDates() {
        assertThat(DateLabels.of(Language.ES).date(DATE)).isEqualTo("4 de diciembre de 2017");
        assertThat(DateLabels.of(Language.ES).month(DATE)).isEqualTo("diciembre de 2017");
    }

    @Test
    void languageOfAPath() {
        assertThat(Language.ofPath("/es")).isEqualTo(Language.ES);
        assertThat(Language.ofPath("/es/noticias/x")).isEqualTo(Language.ES);
        assertThat(Language.ofPath("/estados")).isEqualTo(Language.EN);
        assertThat(Language.ofPath("/news/es")).isEqualTo(Language.EN);
        assertThat(Language.ofPath("/")).isEqualTo(Language.EN);
    }
}
