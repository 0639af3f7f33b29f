package org.newsdesk.search;

import java.util.List;

import org.newsdesk.news.tags.TagLink;

/** What the filters offer: the topics and the years that have visible items. */
public record SearchOptions(List<TagLink> tags, List<Integer> years) {
}
