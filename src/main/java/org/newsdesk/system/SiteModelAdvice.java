package org.newsdesk.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every template, error pages included, the site's settings as {@code site}. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteProperties site;

    SiteModelAdvice(SiteProperties site) {
        this.site = site;
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    /** The path asked for, so that the navigation can mark where the reader is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
