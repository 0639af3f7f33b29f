package org.newsdesk.freshness;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class ConditionalGetConfig implements WebMvcConfigurer {

    private final ConditionalGetInterceptor conditionalGet;

    ConditionalGetConfig(ConditionalGetInterceptor conditionalGet) {
        this.conditionalGet = conditionalGet;
    }

    /** Conditional GET and public caching for what the public reads; never for editors or operations. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(conditionalGet)
                .addPathPatterns("/**")
                .excludePathPatterns("/admin", "/admin/**", "/login", "/logout", "/actuator/**", "/error");
    }
}
