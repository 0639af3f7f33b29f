package org.newsdesk.freshness;

import org.newsdesk.web.SitePaths;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConditionalGetConfig implements WebMvcConfigurer {

    private final ConditionalGetInterceptor conditionalGet;
    private final SitePaths paths;

    ConditionalGetConfig(ConditionalGetInterceptor conditionalGet, SitePaths paths) {
        this.conditionalGet = conditionalGet;
        this.paths = paths;
    }

    /** Conditional GET and public caching for what the public reads; never for editors or operations. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(conditionalGet)
                .addPathPatterns("/**")
                .excludePathPatterns(paths.notPublicPatterns());
    }
}
