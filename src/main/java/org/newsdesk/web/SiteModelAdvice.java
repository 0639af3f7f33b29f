package org.newsdesk.web;

import org.newsdesk.site.DateLabels;
import org.newsdesk.site.Language;
import org.newsdesk.site.SiteProperties;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every template, error pages included, the site's settings as {@code site}, the page's
 * language as {@code language} (the language of its address, {@link PageLanguages}) and its date
 * format as {@code dates}.
 */
@ControllerAdvice
record SiteModelAdvice(SiteProperties site, PageLanguages languages) {

    @ModelAttribute("site")
    public SiteProperties site() {
        return site;
    }

    @ModelAttribute("language")
    Language language(HttpServletRequest request) {
        return languages.of(request);
    }

    @ModelAttribute("dates")
    DateLabels dates(HttpServletRequest request) {
        return DateLabels.of(languages.of(request));
    }

    /** The path asked for, so that the navigation can mark where the reader is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
