package org.newsdesk.freshness;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.web.LanguageSuggestions;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Conditional GET for every public page, feed and sitemap, decided before anything is rendered.
 * The validators come from the site's {@link ContentVersion}: the ETag hashes the deployment,
 * the content version, the newest visible publication and the URL; Last-Modified is when that
 * state began. A request whose {@code If-None-Match} (or, without it, {@code If-Modified-Since})
 * still matches is answered 304 at the cost of one SQL statement and nothing else.
 *
 * <p>Validators are site-wide on purpose: any change anywhere revalidates every page. That is
 * always correct (a changed tag name shows on every item that carries it; a new item changes the
 * neighbours of another) and costs one statement, where per-page validators would cost a query
 * per page type and could miss a dependency.
 *
 * <p>An HTML page may carry the language notice ({@link LanguageSuggestions}): every such page says
 * {@code Vary: Accept-Language, Cookie}, and one with the notice has an entity tag of its own, so
 * that no cache revalidates one variant into the other.
 *
 * <p>Registered for public paths only ({@link ConditionalGetConfig}); editors' pages are never cached.
 */
@Component
record ConditionalGetInterceptor(ContentVersions versions, HttpCachingProperties properties, Clock clock,
                                 LanguageSuggestions suggestions)
        implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod) || !isGetOrHead(request)) {
            return true;
        }
        ContentVersion version = versions.current();
        // What this response shows is (at least) that version: the page cache files it under it.
        request.setAttribute(ContentVersion.RENDERED, version);
        response.setHeader(HttpHeaders.CACHE_CONTROL, properties.cacheControl(version, clock.instant()).getHeaderValue());
        String query = request.getQueryString();
        String resource = (query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query)
                + suggestions.variant(request);
        if (suggestions.mayVary(request)) {
            response.addHeader(HttpHeaders.VARY, LanguageSuggestions.VARY);
        }
        boolean notModified = new ServletWebRequest(request, response)
                .checkNotModified(version.etag(resource), version.lastModified().toEpochMilli());
        return !notModified;
    }

    private static boolean isGetOrHead(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }
}
