package org.newsdesk.seo;

/** One step of a page's breadcrumb trail, from the home page down to the page itself. */
public record Breadcrumb(String name, String path) {
}
