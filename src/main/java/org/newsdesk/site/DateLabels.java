package org.newsdesk.site;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.MessageSource;

/**
 * Dates as readers see them, in the site's language ("4 December 2017", "4 de diciembre de
 * 2017": the message {@code date.pattern}), for templates as {@code dates}. The formatter is
 * made once: {@code #temporals.format(date, #messages.msg('date.pattern'))} looked the message up
 * and parsed the pattern again for every date of every page.
 */
public final class DateLabels {

    private final DateTimeFormatter date;

    public DateLabels(MessageSource messages, SiteProperties site) {
        this.date = DateTimeFormatter.ofPattern(messages.getMessage("date.pattern", null, site.locale()), site.locale());
    }

    /** A day: "4 December 2017". */
    public String date(TemporalAccessor value) {
        return date.format(value);
    }
}
