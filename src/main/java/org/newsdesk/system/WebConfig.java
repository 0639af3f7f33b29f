package org.newsdesk.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final ConditionalGetInterceptor conditionalGet;

    WebConfig(ConditionalGetInterceptor conditionalGet) {
        this.conditionalGet = conditionalGet;
    }

    /** Conditional GET and public caching for what the public reads; never for editors or operations. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(conditionalGet)
                .addPathPatterns("/**")
                .excludePathPatterns("/admin", "/admin/**", "/login", "/logout", "/actuator/**", "/error");
    }

    /** One site, one language: dates and messages follow the configured locale, not the browser's. */
    @Bean
    LocaleResolver localeResolver(SiteProperties site) {
        FixedLocaleResolver resolver = new FixedLocaleResolver(site.locale());
        resolver.setDefaultTimeZone(java.util.TimeZone.getTimeZone(site.timeZone()));
        return resolver;
    }
}
