package org.newsdesk.seo;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newsdesk.site.Language;

/**
 * What the head of a public page says about it: title, description, canonical URL, whether to
 * index it, its Open Graph facts, the feeds it points to and its structured data.
 *
 * @param title the page's own title, or null for the home page (the layout adds the site name)
 * @param description the meta description, or null; cut at a word boundary near
 *                    {@value #DESCRIPTION_LENGTH} characters
 * @param canonicalPath the path of the page's one canonical URL, such as {@code /page/2}
 * @param noindex whether search engines should leave the page out of their index
 * @param article the article facts of an item page ({@code og:type} article), or null for other pages
 * @param feeds the feeds of this page's subject, besides the site's own (which every page names)
 * @param structuredData JSON-LD blocks for the head
 * @param alternates the same page in each language it exists in, this one included (hreflang
 *                   links, the language switch); empty when the page has no counterpart
 * @param image the picture for sharing ({@code og:image}, a large Twitter card), or null for the site's logo
 */
public record PageMeta(String title, String description, String canonicalPath, boolean noindex, Article article,
                       List<FeedLink> feeds, List<JsonLd> structuredData, List<Alternate> alternates, Image image) {

    public static final int DESCRIPTION_LENGTH = 160;

    public PageMeta {
        description = ShortText.cut(description, DESCRIPTION_LENGTH);
        feeds = List.copyOf(feeds);
        structuredData = List.copyOf(structuredData);
        alternates = List.copyOf(alternates);
    }

    public PageMeta(String title, String description, String canonicalPath, boolean noindex, Article article,
                    List<FeedLink> feeds, List<JsonLd> structuredData) {
        this(title, description, canonicalPath, noindex, article, feeds, structuredData, List.of(), null);
    }

    public static PageMeta of(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, false, null, List.of(), List.of(), List.of(), null);
    }

    /**
     * The page in every language it exists in, by path (this page's own among them): the layout
     * writes them as reciprocal {@code hreflang} links, English also as {@code x-default}, and the
     * language switch leads to the other one. A page with one language only gives none.
     */
    public PageMeta withAlternates(Map<Language, String> paths) {
        if (paths.size() < 2) {
            return this;
        }
        List<Alternate> list = paths.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Alternate(entry.getKey(), entry.getValue()))
                .toList();
        return new PageMeta(title, description, canonicalPath, noindex, article, feeds, structuredData, list, image);
    }

    /** The English page, {@code x-default} among the alternates. */
    public String defaultAlternatePath() {
        return alternatePath(Language.EN);
    }

    /** The path of this page in {@code language}, or null when it has no such counterpart. */
    public String alternatePath(Language language) {
        return alternates.stream().filter(a -> a.language() == language).map(Alternate::path).findFirst().orElse(null);
    }

    public PageMeta noindexed() {
        return new PageMeta(title, description, canonicalPath, true, article, feeds, structuredData, alternates, image);
    }

    /** An item page: {@code og:type} article, with its dates and tags. */
    public PageMeta asArticle(OffsetDateTime publishedTime, OffsetDateTime modifiedTime, List<String> tags) {
        return new PageMeta(title, description, canonicalPath, noindex,
                new Article(iso(publishedTime), iso(modifiedTime), List.copyOf(tags)), feeds, structuredData, alternates, image);
    }

    public PageMeta withFeed(FeedLink feed) {
        List<FeedLink> more = new ArrayList<>(feeds);
        more.add(feed);
        return new PageMeta(title, description, canonicalPath, noindex, article, more, structuredData, alternates, image);
    }

    public PageMeta withStructuredData(JsonLd... blocks) {
        List<JsonLd> more = new ArrayList<>(structuredData);
        more.addAll(List.of(blocks));
        return new PageMeta(title, description, canonicalPath, noindex, article, feeds, more, alternates, image);
    }

    /** A page with a picture of its own to share. */
    public PageMeta withImage(Image shared) {
        return new PageMeta(title, description, canonicalPath, noindex, article, feeds, structuredData, alternates, shared);
    }

    /** {@code og:type}: an item is an article, every other page part of the website. */
    public String openGraphType() {
        return article == null ? "website" : "article";
    }

    /** ISO 8601 with the offset and whole seconds, as Open Graph, JSON-LD and sitemaps want it. */
    public static String iso(OffsetDateTime time) {
        return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * @param publishedTime {@code article:published_time}
     * @param modifiedTime {@code article:modified_time}
     * @param tags one {@code article:tag} each
     */
    public record Article(String publishedTime, String modifiedTime, List<String> tags) {
    }

    /** The page in one language: {@code hreflang} is the language's code. */
    public record Alternate(Language language, String path) {

        public String hreflang() {
            return language.code();
        }
    }

    /** A picture for sharing: its absolute URL, size in pixels and alt text. */
    public record Image(String url, int width, int height, String alt) {
    }
}
