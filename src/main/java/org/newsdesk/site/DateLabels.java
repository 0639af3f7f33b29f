package org.newsdesk.site;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates as readers see them, in the page's language ("4 December 2017", "4 de diciembre de
 * 2017": {@link Language#dateFormat()}), for templates as {@code dates}. The formatters are made
 * once per language: {@code #temporals.format(date, #messages.msg('date.pattern'))} looked the
 * message up and parsed the pattern again for every date of every page.
 */
public final class DateLabels {

    private static final DateLabels EN = new DateLabels(Language.EN);
    private static final DateLabels ES = new DateLabels(Language.ES);

    private final DateTimeFormatter date;
    private final DateTimeFormatter month;

    private DateLabels(Language language) {
        this.date = language.dateFormat();
        this.month = language.monthFormat();
    }

    public static DateLabels of(Language language) {
        return language == Language.ES ? ES : EN;
    }

    /** A day: "4 December 2017". */
    public String date(TemporalAccessor value) {
        return date.format(value);
    }

    /** A month: "December 2017", "diciembre de 2017". */
    public String month(TemporalAccessor value) {
        return month.format(value);
    }
}
