package org.newsdesk.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Time as the site's readers and editors see it: in the site's time zone ({@code newsdesk.site.time-zone}).
 * Days, months and years of the archive, the dates an editor types and the dates pages show all
 * begin and end here; instants are stored in UTC.
 */
@Component
public class SiteTime {

    private final Clock clock;
    private final ZoneId zone;

    SiteTime(Clock clock, SiteProperties site) {
        this.clock = clock;
        this.zone = site.timeZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The current instant, by the injected {@link Clock} (tests move it). */
    public Instant now() {
        return clock.instant();
    }

    /** The date of an instant in the site's time zone. */
    public LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, zone());
    }

    /** Today's date in the site's time zone. */
    public LocalDate today() {
        return date(now());
    }

    /** The instant a day begins in the site's time zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The instant a date and time of day stand for in the site's time zone. */
    public Instant at(LocalDate day, LocalTime timeOfDay) {
        return day.atTime(timeOfDay).atZone(zone()).toInstant();
    }

    /**
     * An instant without its seconds, as the site's clocks show it (forms show times to the
     * minute): truncated in the site's time zone, whose offset had seconds before 1921.
     */
    public Instant toTheMinute(Instant instant) {
        return instant.atZone(zone()).truncatedTo(ChronoUnit.MINUTES).toInstant();
    }

    /** The instant a month begins in the site's time zone. */
    public Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    /** The instant a year begins in the site's time zone. */
    public Instant startOfYear(int year) {
        return startOf(LocalDate.of(year, 1, 1));
    }

    /** An instant as a date and time with the site's offset at that instant; null stays null. */
    public OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
    }
}
