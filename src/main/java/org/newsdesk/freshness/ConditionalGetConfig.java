package org.newsdesk.freshness;

import org.newsdesk.web.SitePaths;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
record ConditionalGetConfig(ConditionalGetInterceptor conditionalGet, SitePaths paths) implements WebMvcConfigurer {

    /** Conditional GET and public caching for what the public reads; never for editors or operations. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(conditionalGet)
                .addPathPatterns("/**")
                .excludePathPatterns(paths.notPublicPatterns());
    }
}
