package org.newsdesk.seo;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import org.springframework.stereotype.Component;

/**
 * Schema.org structured data (JSON-LD) for the head of public pages: {@code WebSite} and
 * {@code Organization} on the home page, {@code NewsArticle} on item pages, {@code BreadcrumbList}
 * wherever a page shows a breadcrumb trail.
 *
 * <p>The JSON is written by Jackson, never assembled as text, and then made safe to sit inside a
 * script element: {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e} and
 * {@code \u0026} (so a title containing {@code </script>} or {@code <!--} cannot end or confuse
 * the element), and U+2028 and U+2029 are escaped for old JavaScript parsers. These characters
 * can only occur inside JSON strings, where the escape means the same character.
 */
@Component
public class StructuredData {

    /** Google shows at most this many characters of a headline. */
    static final int HEADLINE_LENGTH = 110;

    private static final String CONTEXT = "https://schema.org";

    private final JsonMapper json;
    private final SiteProperties site;

    StructuredData(JsonMapper json, SiteProperties site) {
        this.json = json;
        this.site = site;
    }

    /** The site itself, for the English home page. */
    public JsonLd website() {
        return website(Language.EN, "/");
    }

    /** The site itself, for one language's home page (at {@code homePath}). */
    public JsonLd website(Language language, String homePath) {
        Map<String, Object> website = node("WebSite");
        website.put("@id", site.absoluteUrl("/#website"));
        website.put("name", site.name());
        website.put("url", site.absoluteUrl(homePath));
        website.put("description", site.description());
        website.put("inLanguage", language.code());
        website.put("publisher", Map.of("@id", site.absoluteUrl("/#organization")));
        return write(website);
    }

    /** The organisation that publishes the site, for the home page. */
    public JsonLd organization() {
        return write(organizationNode(true));
    }

    /** An item page. */
    public JsonLd newsArticle(NewsArticle article) {
        String url = site.absoluteUrl(article.path());
        Map<String, Object> node = node("NewsArticle");
        node.put("headline", ShortText.cut(article.headline(), HEADLINE_LENGTH));
        node.put("description", article.description());
        node.put("url", url);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@type", "WebPage");
        page.put("@id", url);
        node.put("mainEntityOfPage", page);
        node.put("datePublished", PageMeta.iso(article.published()));
        node.put("dateModified", PageMeta.iso(article.modified()));
        node.put("inLanguage", article.language().code());
        if (!article.keywords().isEmpty()) {
            node.put("keywords", article.keywords());
        }
        // The item's pictures (absolute URLs, 16:9, 4:3 and 1:1 when made); the logo when it has none.
        node.put("image", article.images().isEmpty() ? List.of(site.logoUrl()) : article.images());
        node.put("author", organizationNode(false));
        node.put("publisher", organizationNode(false));
        return write(node);
    }

    /** The breadcrumb trail a page shows, from the home page to the page itself. */
    public JsonLd breadcrumbs(List<Breadcrumb> trail) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < trail.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("@type", "ListItem");
            item.put("position", i + 1);
            item.put("name", trail.get(i).name());
            item.put("item", site.absoluteUrl(trail.get(i).path()));
            items.add(item);
        }
        Map<String, Object> list = node("BreadcrumbList");
        list.put("itemListElement", items);
        return write(list);
    }

    private Map<String, Object> organizationNode(boolean withContext) {
        Map<String, Object> organization = withContext ? node("Organization") : new LinkedHashMap<>();
        if (!withContext) {
            organization.put("@type", "Organization");
        }
        organization.put("@id", site.absoluteUrl("/#organization"));
        organization.put("name", site.publisherName());
        organization.put("url", site.publisherUrl());
        Map<String, Object> logo = new LinkedHashMap<>();
        logo.put("@type", "ImageObject");
        logo.put("url", site.logoUrl());
        organization.put("logo", logo);
        return organization;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@context", CONTEXT);
        node.put("@type", type);
        return node;
    }

    private JsonLd write(Map<String, Object> node) {
        return new JsonLd(escapeForScript(json.writeValueAsString(node)));
    }

    static String escapeForScript(String jsonText) {
        StringBuilder escaped = new StringBuilder(jsonText.length() + 16);
        for (int i = 0; i < jsonText.length(); i++) {
            char c = jsonText.charAt(i);
            switch (c) {
                case '<' -> escaped.append("\\u003c");
                case '>' -> escaped.append("\\u003e");
                case '&' -> escaped.append("\\u0026");
                case '\u2028' -> escaped.append("\\u2028");
                case '\u2029' -> escaped.append("\\u2029");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * What a {@code NewsArticle} says about an item.
     *
     * @param headline the item's title (cut to {@value StructuredData#HEADLINE_LENGTH} characters)
     * @param description its summary
     * @param path its page's path
     * @param published when it was published
     * @param modified when it last changed, never before it was published
     * @param keywords its tags' names
     * @param images absolute URLs of its pictures (Google wants 16:9, 4:3 and 1:1 at least 1200 px wide), or none
     * @param language its language ({@code inLanguage})
     */
    public record NewsArticle(String headline, String description, String path, OffsetDateTime published,
                              OffsetDateTime modified, List<String> keywords, List<String> images, Language language) {

        public NewsArticle(String headline, String description, String path, OffsetDateTime published,
                           OffsetDateTime modified, List<String> keywords, List<String> images) {
            this(headline, description, path, published, modified, keywords, images, Language.EN);
        }
    }
}
