package org.newsdesk.web;

import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * What the one error template ({@code templates/error.html}) says for a status: the message keys
 * of its title and text, and where its one link leads.
 */
public record ErrorPage(String titleKey, String textKey, String linkKey, String linkPath) {

    /**
     * Set on a request refused for a missing or stale CSRF token (an expired session, mostly), so
     * that its 403 page says the form expired rather than that the editor may not do this.
     */
    public static final String FORM_EXPIRED = "newsdeskFormExpired";

    /**
     * What the template is given: the status and its wording. One choice for the application's
     * errors ({@link SiteErrorController}) and what Tomcat refuses by itself ({@link SiteErrorReportValve}).
     */
    static Map<String, Object> model(int status, boolean formExpired) {
        HttpStatus known = HttpStatus.resolve(status);
        return Map.of("status", status, "errorPage", of(known == null ? HttpStatus.BAD_REQUEST : known, formExpired));
    }

    static ErrorPage of(HttpStatus status, boolean formExpired) {
        if (status == HttpStatus.FORBIDDEN) {
            return formExpired
                    ? new ErrorPage("admin.login.forbidden.expiredTitle", "admin.login.forbidden.expiredText",
                            "admin.login.forbidden.signIn", SitePaths.LOGIN)
                    : new ErrorPage("admin.login.forbidden.title", "admin.login.forbidden.text",
                            "admin.login.forbidden.admin", "/admin");
        }
        String kind = status == HttpStatus.NOT_FOUND ? "404" : status == HttpStatus.CONTENT_TOO_LARGE ? "413"
                : status == HttpStatus.SERVICE_UNAVAILABLE ? "503" : status.is5xxServerError() ? "5xx" : "other";
        return new ErrorPage("error." + kind + ".title", "error." + kind + ".text", "error.home", "/");
    }
}
