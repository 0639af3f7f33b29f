package org.newsdesk.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.site.Language;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Who is shown the notice "Esta página también está en español" (or "This page is also in
 * English"): the one rule, asked by the layout (through {@code SiteModelAdvice}), by conditional
 * GET (a page with the notice has an entity tag of its own) and by the page cache (it files such
 * pages under a key of their own). A reader is suggested the other language of a page when their
 * browser's {@code Accept-Language} prefers it (of English and Spanish, the one with the higher
 * weight; the first listed of equal weights), they have not dismissed the notice (a cookie), they
 * are not a crawler (no {@code User-Agent}, or one that says it is a bot) and the page is an HTML
 * page of the public site. Nothing is ever redirected by {@code Accept-Language}.
 *
 * <p>Every HTML page of the public site says {@code Vary: Accept-Language, Cookie} (feeds,
 * sitemaps and files do not vary), so that no cache hands one reader's variant to another.
 */
@Component
public class LanguageSuggestions {

    /** Where the notice's "No, thanks" posts: sets {@link #COOKIE} and goes back. */
    public static final String DISMISS_PATH = "/language-notice";
    /** Set once the notice was dismissed; no value but its presence counts. */
    public static final String COOKIE = "newsdesk_language_notice";
    /** What every public HTML page varies on besides its encoding. */
    public static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

    /** Longer headers are not read: no browser sends one, and parsing is not free. */
    private static final int MAX_HEADER_LENGTH = 500;
    private static final Pattern CRAWLER = Pattern.compile(
            "bot|crawl|spider|slurp|facebookexternalhit|whatsapp|preview|archiver", Pattern.CASE_INSENSITIVE);

    private final SitePaths paths;

    LanguageSuggestions(SitePaths paths) {
        this.paths = paths;
    }

    /** Whether this response may carry the notice: an HTML page of the public site (its last segment has no dot). */
    public boolean mayVary(HttpServletRequest request) {
        if (!paths.isPublicPath(request)) {
            return false;
        }
        String path = request.getRequestURI();
        return path.indexOf('.', path.lastIndexOf('/') + 1) < 0;
    }

    /** The language this request's reader is suggested for the page asked for, or null. */
    public Language suggested(HttpServletRequest request) {
        if (!mayVary(request) || dismissed(request) || crawler(request.getHeader(HttpHeaders.USER_AGENT))) {
            return null;
        }
        Language page = Language.ofPath(request.getRequestURI().substring(request.getContextPath().length()));
        Language preferred = preferred(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return preferred == page.other() ? preferred : null;
    }

    /** What distinguishes this request's response from a plain reader's: empty, or a suffix for keys and entity tags. */
    public String variant(HttpServletRequest request) {
        Language suggested = suggested(request);
        return suggested == null ? "" : "#suggest-" + suggested.code();
    }

    /** Of English and Spanish, the one an {@code Accept-Language} header prefers; null for neither or a malformed header. */
    static Language preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        }
        catch (IllegalArgumentException malformed) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange();
            int dash = tag.indexOf('-');
            Language language = Language.ofCode(dash < 0 ? tag : tag.substring(0, dash));
            if (language != null) {
                return language;
            }
        }
        return null;
    }

    private static boolean dismissed(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean crawler(String userAgent) {
        return userAgent == null || userAgent.isBlank() || CRAWLER.matcher(userAgent).find();
    }
}
