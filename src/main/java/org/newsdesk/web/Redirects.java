package org.newsdesk.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Permanent redirects to a page's one canonical URL. */
public final class Redirects {

    private Redirects() {
    }

    public static ModelAndView permanent(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        // Model attributes (the site settings, say) must never leak into the Location header.
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
