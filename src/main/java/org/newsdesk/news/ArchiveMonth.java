package org.newsdesk.news;

import java.time.YearMonth;

import org.newsdesk.site.Language;

/** One month of the archive index, with its count of visible items. */
public record ArchiveMonth(YearMonth month, long items, Language language) {

    public ArchiveMonth(YearMonth month, long items) {
        this(month, items, Language.EN);
    }

    public String href() {
        return NewsLinks.month(language, month);
    }

    /** The month's name in its language: "December", "diciembre". */
    public String name() {
        return language.monthName(month.getMonth());
    }
}
