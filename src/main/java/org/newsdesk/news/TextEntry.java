package org.newsdesk.news;

import java.time.LocalDate;

/**
 * One item read from plain text (a date, a title, a summary), already checked against the limits
 * of the data model.
 *
 * @param order its position among the entries of the same date, 0 for the first: the text lists
 *              the newest first, so later entries of a day get earlier instants
 */
public record TextEntry(LocalDate date, String title, String summary, int order) {
}
