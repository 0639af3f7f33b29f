package org.newsdesk.web;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.RemoteIpValve;
import org.newsdesk.site.SiteProperties;
import org.thymeleaf.spring6.ISpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat itself does before the application sees a request: which forwarded headers it
 * believes, and which page it shows for a request it refuses on its own.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

    /**
     * Forwarded headers from {@link TrustedProxies} only ({@code server.forward-headers-strategy=none},
     * so Spring adds nothing of its own): the client address from {@code X-Forwarded-For} (the
     * rightmost address not a trusted proxy, so a client cannot choose its own by sending the
     * header), HTTPS from {@code X-Forwarded-Proto}. {@code X-Forwarded-Host}, {@code -Port} and
     * {@code -Prefix} are never read: every absolute URL comes from {@code newsdesk.site.base-url}.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesOnly(TrustedProxies proxies) {
        return factory -> {
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(proxies.addressPattern());
            valve.setTrustedProxies(null);
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            valve.setHostHeader(null);
            valve.setPortHeader(null);
            factory.addEngineValves(valve);
        };
    }

    /**
     * The site's own error page, also for what Tomcat refuses before any filter runs: a request
     * line or headers too large, a path that is not valid percent-encoding. Its host's
     * {@code ErrorReportValve} (Tomcat's page, with its name and version) is replaced.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> siteErrorPagesFromTomcat(
            ObjectProvider<ISpringTemplateEngine> templates, SiteProperties site) {
        return factory -> factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            SiteErrorReportValve valve = new SiteErrorReportValve(templates, site, context);
            if (host instanceof StandardHost standardHost) {
                // The host adds a valve of this class at start unless one is there already.
                standardHost.setErrorReportValveClass(SiteErrorReportValve.class.getName());
                for (Valve existing : standardHost.getPipeline().getValves()) {
                    if (existing instanceof org.apache.catalina.valves.ErrorReportValve) {
                        standardHost.getPipeline().removeValve(existing);
                    }
                }
                standardHost.getPipeline().addValve(valve);
            }
        });
    }
}
