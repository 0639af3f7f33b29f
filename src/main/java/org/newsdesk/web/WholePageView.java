package org.newsdesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page rendered by Thymeleaf, sent whole when the request ends instead of flushed by the view.
 *
 * <p>The view renders the page into memory first ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}:
 * an error halfway through a template still answers the site's error page), then writes it and
 * flushes. That flush commits the response on its own: headers and compressed body go out in one
 * socket write, and the end of the response (the gzip trailer and the last chunk) in a second one
 * when Tomcat closes the request. Without it, Tomcat sends the page in one write at the end. The
 * flush also cut short what the filters may still do on the way out (Spring Session's cookie,
 * Spring Security's headers are written before commit either way); nothing here relies on it.
 * A page that fits Tomcat's buffer (8 KB) and is not compressed now goes with its {@code Content-Length}. Listing pages
 * measured 0.97 times the JVM's CPU per request ({@code bench/results/ab-whole-page-view-2026-12-05.txt}).
 */
class WholePageView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        super.render(model, request, new UnflushedResponse(response));
    }

    /** A response whose writer ignores {@code flush()}; Tomcat flushes it when the request ends. */
    private static final class UnflushedResponse extends HttpServletResponseWrapper {

        private PrintWriter writer;

        UnflushedResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                writer = new PrintWriter(super.getWriter(), false) {
                    @Override
                    public void flush() {
                        // Sent when the request ends (see the class's comment).
                    }
                };
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // Likewise.
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        /** Spring Boot's view resolver makes its views of this class. */
        @Bean
        static BeanPostProcessor wholePageViews() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof ThymeleafViewResolver resolver) {
                        resolver.setViewClass(WholePageView.class);
                    }
                    return bean;
                }
            };
        }
    }
}
