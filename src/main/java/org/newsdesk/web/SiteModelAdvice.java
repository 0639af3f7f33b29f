package org.newsdesk.web;

import org.newsdesk.site.DateLabels;
import org.newsdesk.site.SiteProperties;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every template, error pages included, the site's settings as {@code site} and its date format as {@code dates}. */
@ControllerAdvice
class SiteModelAdvice {

    private final SiteProperties site;
    private final DateLabels dates;

    SiteModelAdvice(SiteProperties site, MessageSource messages) {
        this.site = site;
        this.dates = new DateLabels(messages, site);
    }

    @ModelAttribute("site")
    SiteProperties site() {
        return site;
    }

    @ModelAttribute("dates")
    DateLabels dates() {
        return dates;
    }

    /** The path asked for, so that the navigation can mark where the reader is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
