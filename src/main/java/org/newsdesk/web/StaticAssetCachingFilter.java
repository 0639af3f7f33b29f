package org.newsdesk.web;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A static asset fetched by its content-hashed URL ({@code /css/site-<md5>.css}) can never
 * change, so it is cached for a year and marked {@code immutable}: browsers do not even
 * revalidate it on reload. The same file by its plain name keeps the short lifetime configured
 * in {@code spring.web.resources.cache.*}, because it does change when the site is deployed.
 *
 * <p>Spring's resource handler sets {@code Cache-Control} only when it serves a file (not on a
 * 404 for an unknown hash), and this filter upgrades exactly that header. No page, feed or
 * sitemap URL ends in a 32-digit hash before its extension.
 */
@Component
class StaticAssetCachingFilter extends OncePerRequestFilter {

    private static final Pattern CONTENT_HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.[A-Za-z0-9]+");

    static final String IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable().getHeaderValue();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && CONTENT_HASHED.matcher(request.getRequestURI()).matches()) {
            chain.doFilter(request, new ImmutableCaching(response));
        }
        else {
            chain.doFilter(request, response);
        }
    }

    private static final class ImmutableCaching extends HttpServletResponseWrapper {

        ImmutableCaching(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? IMMUTABLE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? IMMUTABLE : value);
        }
    }
}
