package org.newsdesk.web;

import org.newsdesk.site.SiteProperties;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

@Configuration(proxyBeanMethods = false)
record WebConfig(WebProperties web, ObjectProvider<PageLanguages> pageLanguages) implements WebMvcConfigurer {

    /** The folders of {@code static/}: the only URLs that are files. */
    static final List<String> STATIC_FOLDERS = List.of("css", "img", "js");

    /**
     * Static files by folder ({@code /css/**}, {@code /img/**}) rather than Spring Boot's
     * {@code /**} (switched off with {@code spring.web.resources.add-mappings=false}), with the
     * same {@code spring.web.resources.*} settings: content-hashed URLs, the cache lifetime of
     * plain names. Under {@code /**} every link a template writes ({@code /news/…}, {@code /tags/…})
     * is a possible file: the resource chain looked each one up on the classpath, through every
     * jar, and does not remember a miss; that was two thirds of the time a page took to render.
     * A new folder under {@code static/} needs its name in {@link #STATIC_FOLDERS}.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        WebProperties.Resources resources = web.getResources();
        for (String folder : STATIC_FOLDERS) {
            ResourceHandlerRegistration registration = registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations(Arrays.stream(resources.getStaticLocations())
                            .map(location -> (location.endsWith("/") ? location : location + "/") + folder + "/")
                            .toArray(String[]::new))
                    .setCacheControl(resources.getCache().getCachecontrol().toHttpCacheControl())
                    .setUseLastModified(resources.getCache().isUseLastModified());
            ResourceChainRegistration chain = registration.resourceChain(resources.getChain().isCache());
            if (resources.getChain().getStrategy().getContent().isEnabled()) {
                chain.addResolver(new VersionResourceResolver()
                        .addContentVersionStrategy(resources.getChain().getStrategy().getContent().getPaths()));
            }
        }
    }

    /** Dates and messages follow the language of the page's address, not the browser's (PageLanguages). */
    @Bean
    PageLanguages localeResolver(SitePaths paths, SiteProperties site) {
        return new PageLanguages(paths, site);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(pageLanguages.getObject());
    }
}
