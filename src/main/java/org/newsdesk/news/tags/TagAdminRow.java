package org.newsdesk.news.tags;

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
        return "/tags/" + slug;
    }

    public boolean unused() {
        return items == 0;
    }
}
