package org.newsdesk.news.tags;

import java.util.Set;

/**
 * An editor renamed or merged topics, published inside the transaction that does it: the pages
 * and feeds of these topics changed address or content.
 *
 * @param formerSlugs slugs that now answer 301 (a renamed topic's old slug, a merged topic's slug)
 * @param currentSlugs slugs of the topics as they are now (the renamed topic, the merge target)
 */
public record TopicAddressesChanged(Set<String> formerSlugs, Set<String> currentSlugs) {

    public TopicAddressesChanged {
        formerSlugs = Set.copyOf(formerSlugs);
        currentSlugs = Set.copyOf(currentSlugs);
    }
}
