package org.newsdesk.site;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiteTimeTests {

    /** 03:00 UTC on 1 January 2026 is still 31 December 2025 in Costa Rica (UTC-6). */
    private static final Instant NEW_YEAR_UTC = Instant.parse("2026-01-01T03:00:00Z");

    private final SiteTime time = new SiteTime(Clock.fixed(NEW_YEAR_UTC, ZoneOffset.UTC),
            new SiteProperties("Newsdesk", "News", URI.create("http://localhost"), Locale.ENGLISH,
                    ZoneId.of("America/Costa_Rica"), 10, null, null, "/img/logo.png"));

    @Test
    void todayIsTheDateInTheSiteTimeZone() {
        assertThat(time.today()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void daysMonthsAndYearsBeginAtLocalMidnight() {
        assertThat(time.startOf(LocalDate.of(2026, 6, 15))).isEqualTo(Instant.parse("2026-06-15T06:00:00Z"));
        assertThat(time.startOf(YearMonth.of(2026, 2))).isEqualTo(Instant.parse("2026-02-01T06:00:00Z"));
        assertThat(time.startOfYear(2026)).isEqualTo(Instant.parse("2026-01-01T06:00:00Z"));
    }

    @Test
    void aDateAndTimeOfDayIsAnInstantInTheSiteTimeZone() {
        assertThat(time.at(LocalDate.of(2026, 6, 15), LocalTime.of(9, 30))).isEqualTo(Instant.parse("2026-06-15T15:30:00Z"));
    }

    @Test
    void instantsAreCutToTheMinuteAsTheSiteClockShowsIt() {
        assertThat(time.toTheMinute(Instant.parse("2026-06-15T15:30:59.999Z"))).isEqualTo(Instant.parse("2026-06-15T15:30:00Z"));
        // In 1900 Costa Rica was 5:36:13 behind UTC: its minutes began at 13 seconds past a UTC minute.
        assertThat(time.toTheMinute(Instant.parse("1900-06-15T15:30:20Z"))).isEqualTo(Instant.parse("1900-06-15T15:30:13Z"));
    }

    @Test
    void instantsAreShownWithTheSiteOffset() {
        assertThat(time.local(NEW_YEAR_UTC)).hasToString("2025-12-31T21:00-06:00");
        assertThat(time.local(null)).isNull();
    }
}
