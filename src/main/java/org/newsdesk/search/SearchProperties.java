package org.newsdesk.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the search bounds its work.
 *
 * @param rankedMatches how many matching items, newest first, are ranked by relevance. Below it
 *                      (the usual case: a specific query, or a site of a few thousand items) every
 *                      match is ranked; a query matching more, such as "migration" on a site about
 *                      migration, ranks its newest matches only, so that its cost stays bounded
 *                      whatever the size of the archive.
 */
@Validated
@ConfigurationProperties("newsdesk.search")
record SearchProperties(@Min(10) @Max(1_000_000) @DefaultValue("500") int rankedMatches) {
}
