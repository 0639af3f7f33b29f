package org.newsdesk.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.newsdesk.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.ISpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat's last word on a response nobody wrote: the site's error template instead of Tomcat's
 * report. It matters for what Tomcat refuses by itself before the application runs (a request
 * line or headers over the limit, a path that is not valid percent-encoding): everything else
 * has already been answered by {@link SiteErrorController}.
 */
class SiteErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorReportValve.class);

    private final ObjectProvider<ISpringTemplateEngine> templates;
    private final SiteProperties site;
    private final Context context;

    SiteErrorReportValve(ObjectProvider<ISpringTemplateEngine> templates, SiteProperties site, Context context) {
        this.templates = templates;
        this.site = site;
        this.context = context;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 400 && throwable != null && String.valueOf(throwable.getMessage()).contains("too large")) {
            // Tomcat answers 400 to a request line or headers over its limit: say what it was.
            boolean uriRead = !request.getCoyoteRequest().requestURI().isNull() && request.getCoyoteRequest().requestURI().getLength() > 0;
            status = uriRead ? 413 : 414;
            response.setStatus(status);
        }
        try {
            ServletContext servletContext = context.getServletContext();
            // The request may have been refused before it was mapped to the application: it knows no context.
            HttpServletRequest unmapped = new HttpServletRequestWrapper(request.getRequest()) {
                @Override
                public ServletContext getServletContext() {
                    return servletContext;
                }

                @Override
                public String getContextPath() {
                    return "";
                }

                // Tomcat's own attributes need the context too; the template's are kept here.
                private final Map<String, Object> attributes = new HashMap<>();

                @Override
                public Object getAttribute(String name) {
                    return attributes.get(name);
                }

                @Override
                public Enumeration<String> getAttributeNames() {
                    return Collections.enumeration(attributes.keySet());
                }

                @Override
                public void setAttribute(String name, Object value) {
                    attributes.put(name, value);
                }

                @Override
                public void removeAttribute(String name) {
                    attributes.remove(name);
                }

                @Override
                public HttpSession getSession(boolean create) {
                    return null;
                }

                @Override
                public HttpSession getSession() {
                    return null;
                }
            };
            var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                    .buildExchange(unmapped, response.getResponse());
            Map<String, Object> variables = new HashMap<>(ErrorPage.model(status, false));
            variables.put("site", site);
            variables.put("language", site.language());
            variables.put("currentPath", "");
            WebContext page = new WebContext(exchange, site.locale(), variables);
            String html = templates.getObject().process("error", page);
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(html);
                response.finishResponse();
            }
            else {
                response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            }
        }
        catch (IOException | RuntimeException failure) {
            log.warn("Could not write the error page for status {}: {}", status, failure.toString());
        }
    }
}
