package org.newsdesk.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many readers' pages are rendered at once ({@code newsdesk.renders.at-once}, by default
 * the connection pool's size); the others wait their turn, first come first served. Without it,
 * every request Tomcat accepts (up to 200 threads) renders at once: on a small machine they share
 * its cores, and each holds its page's memory the whole time; beyond the pool's size they queue
 * for a connection in HikariCP, which is not first come first served (a thread that gives one back
 * may take it again at once), so some pages waited many times as long as others. Measured under
 * {@code wrk -c32} on 2 cores (bench/README.md): p99 halved (listing pages 68–176 → 33–48 ms), the
 * CPU per page 1.03 times (listing pages) to 0.85 times (home page).
 *
 * <p>Only a reader's GET or HEAD of a public page, feed or sitemap that the page cache did not
 * answer (this filter runs inside it) takes a turn: editors' screens, saves, sign-in, operations,
 * static files and pictures never wait here, so a request whose body comes slowly cannot hold a
 * turn. A turn lasts until the filters return: with the page cache off, or a response too large
 * for it to hold back, that includes writing what Tomcat's buffer cannot take to a slow reader. A request that waits longer than {@code newsdesk.renders.max-wait} (Hikari's
 * {@code connection-timeout} by default, as long as it would have waited for a connection) is
 * answered as when the database does not answer in time: the site's 503 page with
 * {@code Retry-After} ({@link DatabaseUnavailableFilter}), or the page the page cache still holds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class RenderLimitFilter extends OncePerRequestFilter {

    /** Where static files are served ({@code /css/}, …), made once rather than for every request. */
    private static final List<String> STATIC_PREFIXES = WebConfig.STATIC_FOLDERS.stream().map(folder -> "/" + folder + "/").toList();

    private final SitePaths paths;
    private final Semaphore turns;
    private final int atOnce;
    private final Duration maxWait;

    RenderLimitFilter(SitePaths paths,
                      @Value("${newsdesk.renders.at-once:${spring.datasource.hikari.maximum-pool-size:10}}") int atOnce,
                      @Value("${newsdesk.renders.max-wait:${spring.datasource.hikari.connection-timeout:30000}ms}") Duration maxWait) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("newsdesk.renders.at-once must be at least 1, not " + atOnce);
        }
        this.paths = paths;
        this.atOnce = atOnce;
        this.turns = new Semaphore(atOnce, true);
        this.maxWait = maxWait;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith)
                || !paths.isPublicPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean turn;
        try {
            turn = turns.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new TransientDataAccessResourceException("no turn to render a page within " + maxWait.toMillis()
                    + " ms, newsdesk.renders.at-once=" + atOnce);
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            turns.release();
        }
    }
}
