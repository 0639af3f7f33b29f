package org.newsdesk.news;

import java.util.List;

import org.newsdesk.site.Language;

/** One year of the archive index: its months newest first, and its count of visible items. */
public record ArchiveYear(int year, List<ArchiveMonth> months, Language language) {

    public ArchiveYear(int year, List<ArchiveMonth> months) {
        this(year, months, Language.EN);
    }

    public long items() {
        return months.stream().mapToLong(ArchiveMonth::items).sum();
    }

    public String href() {
        return NewsLinks.year(language, year);
    }
}
