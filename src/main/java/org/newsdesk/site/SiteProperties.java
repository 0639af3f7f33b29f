package org.newsdesk.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What makes one Newsdesk site different from another: its name, where the public reaches it,
 * its language and time zone, how many items a listing page shows, and who publishes it.
 */
@Validated
@ConfigurationProperties("newsdesk.site")
public record SiteProperties(
        @NotBlank @DefaultValue("Newsdesk") String name,
        @NotBlank @DefaultValue("News about migration, trafficking in persons and migration governance in Mesoamerica")
        String description,
        /* Absolute URL the public reaches the site at, without a trailing slash; used for canonical links, feeds and sitemaps. */
        @NotNull @DefaultValue("http://localhost:8080") URI baseUrl,
        @NotNull @DefaultValue("en") Locale locale,
        @NotNull @DefaultValue("America/Costa_Rica") ZoneId timeZone,
        @Min(1) @Max(100) @DefaultValue("10") int pageSize,
        /* Who publishes the news, for structured data and feeds; unset means the site's name and base URL. */
        String organizationName,
        URI organizationUrl,
        /* The publisher's logo: a path under static/ (at least 112 px square, PNG or JPEG for search engines). */
        @NotBlank @DefaultValue("/img/logo.png") String logo) {

    /** The organisation behind the site: the configured name, or the site's own. */
    public String publisherName() {
        return organizationName == null || organizationName.isBlank() ? name : organizationName;
    }

    /** The organisation's web address: the configured one, or the site's home page. */
    public String publisherUrl() {
        return organizationUrl == null ? absoluteUrl("/") : organizationUrl.toString();
    }

    /** The logo's absolute URL, by its plain name: a URL crawlers keep must not change with its content. */
    public String logoUrl() {
        return absoluteUrl(logo.startsWith("/") ? logo : "/" + logo);
    }

    /** The base URL as text, never ending in a slash, so that {@code baseUrl() + path} is always right. */
    public String baseUrlText() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** An absolute URL for a site path such as {@code /news/some-slug}. */
    public String absoluteUrl(String path) {
        return baseUrlText() + path;
    }

    public String languageTag() {
        return locale.toLanguageTag();
    }

    /** The site's own language: its editors' screens, error pages outside any language's paths, new items. */
    public Language language() {
        return Language.of(locale);
    }
}
