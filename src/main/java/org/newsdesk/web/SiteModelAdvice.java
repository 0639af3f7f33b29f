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
 * format as {@code dates}; on public pages whose reader prefers the other language, the notice
 * suggesting it as {@code languageNotice} ({@link LanguageSuggestions}).
 */
@ControllerAdvice
record SiteModelAdvice(SiteProperties site, PageLanguages languages, LanguageSuggestions suggestions) {

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

    /** The language notice of this page for this reader, or null. */
    @ModelAttribute("languageNotice")
    LanguageNotice languageNotice(HttpServletRequest request) {
        Language suggested = suggestions.suggested(request);
        if (suggested == null) {
            return null;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new LanguageNotice(suggested, query == null ? path : path + '?' + query);
    }

    /**
     * The notice: the language suggested (its texts are in that language) and the page to come
     * back to after "No, thanks".
     */
    record LanguageNotice(Language language, String back) {
    }
}
