package org.newsdesk.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database did not answer in time ({@link DatabaseUnavailable}:
 * no pool connection within a few seconds, a statement or lock timeout, a restarting server) is
 * answered with the site's own 503 page and {@code Retry-After}, and logged as one WARN line
 * without a stack trace: the failure is the database's state, not a fault of this request, and
 * under load a stack trace per request would bury everything else. Outermost of the site's
 * filters, so that it also covers the page cache, Spring Session and Spring Security, which may
 * read the database before any controller runs. A write whose transaction failed so was rolled
 * back: the 503 means nothing was written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    /** Long enough for a restarting PostgreSQL; short enough that a reader who waits sees the page. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    private static final int LOGGED_PATH_LENGTH = 200;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            String reason = DatabaseUnavailable.reason(failure);
            if (reason == null || response.isCommitted()) {
                throw failure;
            }
            String path = request.getRequestURI();
            log.warn("Answered {} {} with 503: the database did not answer in time ({})", request.getMethod(),
                    path.length() > LOGGED_PATH_LENGTH ? path.substring(0, LOGGED_PATH_LENGTH) : path, reason);
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER.toSeconds()));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
