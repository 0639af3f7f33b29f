package org.newsdesk.news;

import java.util.ArrayList;
import java.util.List;

import org.newsdesk.seo.Breadcrumb;
import org.newsdesk.site.Language;
import org.newsdesk.site.Messages;

/**
 * The breadcrumb trail of a public page, shown by {@code fragments/breadcrumbs.html} and written
 * as JSON-LD: every trail starts at the latest news in the page's language.
 */
public final class Trails {

    private Trails() {
    }

    /** Home, then {@code steps} down to the page itself. */
    public static List<Breadcrumb> from(Messages messages, Language language, List<Breadcrumb> steps) {
        List<Breadcrumb> trail = new ArrayList<>(steps.size() + 1);
        trail.add(new Breadcrumb(messages.in(language, "item.home"), NewsLinks.home(language)));
        trail.addAll(steps);
        return List.copyOf(trail);
    }
}
