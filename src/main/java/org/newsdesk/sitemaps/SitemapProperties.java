package org.newsdesk.sitemaps;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxUrlsPerFile at most this many URLs in one sitemap file; a month with more items is
 *                       split into parts. The sitemap protocol allows 50,000 (and 50 MB, which
 *                       50,000 item URLs of at most 120-character slugs stay far below).
 */
@Validated
@ConfigurationProperties("newsdesk.sitemaps")
public record SitemapProperties(@Min(1) @Max(50_000) @DefaultValue("50000") int maxUrlsPerFile) {
}
