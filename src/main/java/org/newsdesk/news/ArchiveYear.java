package org.newsdesk.news;

import java.util.List;

/** One year of the archive index: its months newest first, and its count of visible items. */
public record ArchiveYear(int year, List<ArchiveMonth> months) {

    public long items() {
        return months.stream().mapToLong(ArchiveMonth::items).sum();
    }

    public String href() {
        return NewsLinks.year(year);
    }
}
