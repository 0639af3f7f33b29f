package org.newsdesk.freshness;

import java.time.Clock;

import jakarta.servlet.DispatcherType;


import org.newsdesk.web.LanguageSuggestions;
import org.newsdesk.web.SitePaths;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The page cache, on unless {@code newsdesk.page-cache.enabled=false}: the cache and the filter
 * that answers from it. It hears of changes through {@link ContentVersions}, which knows the
 * content version without a query while it hears of changes (see
 * {@code org.newsdesk.freshness.ContentChangesConfig}). Off, every public request is rendered.
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
                                                            ServerProperties server, SitePaths paths,
                                                            LanguageSuggestions suggestions) {
        String sessionCookie = server.getServlet().getSession().getCookie().getName();
        PageCacheFilter filter = new PageCacheFilter(cache, versions, caching, clock, server.getCompression(),
                sessionCookie == null ? DEFAULT_SESSION_COOKIE : sessionCookie, paths, suggestions);
        FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(PageCacheFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
