package org.newsdesk.seo;

/**
 * What the head of a public page says about it.
 *
 * @param title the page's own title, or null for the home page (the layout adds the site name)
 * @param description the meta description, or null
 * @param canonicalPath the path of the page's one canonical URL, such as {@code /page/2}
 * @param noindex whether search engines should leave the page out of their index
 */
public record PageMeta(String title, String description, String canonicalPath, boolean noindex) {

    public static PageMeta of(String title, String description, String canonicalPath) {
        return new PageMeta(title, description, canonicalPath, false);
    }

    public PageMeta noindexed() {
        return new PageMeta(title, description, canonicalPath, true);
    }
}
