package org.newsdesk.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.site.UnicodeText;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter as {@link UnicodeText#normalize} makes it (NFC; only spaces of any
 * kind become empty) before anything reads it: forms, search, sign-in, whatever binds them. One
 * place, so that no form can forget. Passwords (any parameter whose name contains "password")
 * are left exactly as typed: they are compared, not read, and sign-in must see what was set.
 * Runs right after {@link MalformedRequestFilter}, which has made sure the parameters can be read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class UnicodeParametersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasNoParameters(request)) {
            // Most reader requests: every layer around a request is passed through on each of the
            // hundreds of attribute reads a rendered page makes.
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new NormalizedParameters(request), response);
    }

    /** A GET or HEAD without a query string: its body, if any, is never read as parameters. */
    private static boolean hasNoParameters(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getQueryString() == null;
    }

    private static final class NormalizedParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        NormalizedParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            // Read on first use, not at construction: a multipart body is parsed only when asked for.
            if (parameters == null) {
                Map<String, String[]> normalized = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    boolean password = name.toLowerCase(Locale.ROOT).contains("password");
                    String[] copy = values.clone();
                    if (!password) {
                        for (int i = 0; i < copy.length; i++) {
                            copy[i] = UnicodeText.normalize(copy[i]);
                        }
                    }
                    normalized.put(UnicodeText.normalize(name), copy);
                });
                parameters = Collections.unmodifiableMap(normalized);
            }
            return parameters;
        }
    }
}
