/**
 * Topics (tags): one vocabulary that items carry, their slugs (old ones answer 301), the topic
 * pages and the editors' topic screens. Part of the {@code news} module; other modules may use
 * its public types (links and names of an item's topics, for feeds and search).
 */
@org.springframework.modulith.NamedInterface("tags")
package org.newsdesk.news.tags;
