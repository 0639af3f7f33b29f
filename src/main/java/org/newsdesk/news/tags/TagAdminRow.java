package org.newsdesk.news.tags;

import org.newsdesk.site.Language;
import org.newsdesk.news.NewsLinks;

/**
 * A tag on the admin's tags screen.
 *
 * @param items how many items carry it, whatever their status
 * @param visibleItems how many of those the public sees now
 */
public record TagAdminRow(long id, String name, String slug, long items, long visibleItems) {

    public String href() {
        return "/admin/tags/" + id;
    }

    public String publicHref() {
        return NewsLinks.tag(Language.EN, slug);
    }

    public boolean unused() {
        return items == 0;
    }
}
