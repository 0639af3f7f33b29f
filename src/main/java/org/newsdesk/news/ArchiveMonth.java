package org.newsdesk.news;

import java.time.YearMonth;

/** One month of the archive index, with its count of visible items. */
public record ArchiveMonth(YearMonth month, long items) {

    public String href() {
        return NewsLinks.month(month);
    }
}
