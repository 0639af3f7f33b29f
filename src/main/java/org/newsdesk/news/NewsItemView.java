package org.newsdesk.news;

import org.newsdesk.media.PictureView;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.newsdesk.news.tags.TagLink;
import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.site.Language;

/**
 * An item page as the reader sees it. {@code bodyHtml} was sanitised when the item was saved.
 *
 * @param older the visible item published just before this one, or null
 * @param newer the visible item published just after this one, or null
 * @param breadcrumbs home, the month of publication, the item: shown on the page and written as JSON-LD
 * @param language the item's language, which its address and its page's words follow
 * @param translation the item's visible translation (the language switch and hreflang lead there), or null
 * @param leadPicture the picture the item leads with, or null
 */
public record NewsItemView(long id, String slug, String title, String summary, String bodyHtml,
                           OffsetDateTime publishedAt, OffsetDateTime updatedAt, List<TagLink> tags,
                           NewsItemHeadline older, NewsItemHeadline newer, List<Breadcrumb> breadcrumbs,
                           Language language, NewsItemHeadline translation, PictureView leadPicture) {

    public String href() {
        return NewsLinks.item(language, slug);
    }

    /** This page and its visible translation's, by language; only this page's when it has none. */
    public Map<Language, String> alternates() {
        Map<Language, String> paths = new EnumMap<>(Language.class);
        paths.put(language, href());
        if (translation != null) {
            paths.put(translation.language(), translation.href());
        }
        return paths;
    }

    public boolean hasBody() {
        return !bodyHtml.isBlank();
    }

    /** The last change a reader would notice: an edit made before a scheduled publication counts from the publication. */
    public OffsetDateTime modifiedAt() {
        return updatedAt.isAfter(publishedAt) ? updatedAt : publishedAt;
    }
}
