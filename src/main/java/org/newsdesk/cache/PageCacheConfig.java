package org.newsdesk.cache;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.newsdesk.system.ContentVersions;
import org.newsdesk.system.HttpCachingProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache, on unless {@code newsdesk.page-cache.enabled=false}: the cache, the filter that
 * answers from it, and the two ways it hears of changes (this instance's commits, and every
 * commit through PostgreSQL's LISTEN/NOTIFY). Off, none of these exist, and every public request
 * renders and asks the database for the content version, as it did before the cache.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "newsdesk.page-cache.enabled", matchIfMissing = true)
class PageCacheConfig {

    /** Spring Session's cookie when none is configured. */
    private static final String DEFAULT_SESSION_COOKIE = "SESSION";

    @Bean
    PageCache pageCache(PageCacheProperties properties) {
        return new PageCache(properties.maxBytes().toBytes());
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, ContentVersions versions,
                                                            HttpCachingProperties caching, Clock clock,
                                                            ServerProperties server) {
        String sessionCookie = server.getServlet().getSession().getCookie().getName();
        PageCacheFilter filter = new PageCacheFilter(cache, versions, caching, clock, server.getCompression(),
                sessionCookie == null ? DEFAULT_SESSION_COOKIE : sessionCookie);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(PageCacheFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    ContentChangeListener contentChangeListener(JdbcConnectionDetails database, ContentVersions versions) {
        return new ContentChangeListener(database, versions);
    }

    @Bean
    LocalWrites localWrites(ContentVersions versions) {
        return new LocalWrites(versions);
    }
}
