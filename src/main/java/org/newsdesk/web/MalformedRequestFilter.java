package org.newsdesk.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.Part;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.newsdesk.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's door for what a client gets wrong, before anything else reads the request (right
 * after the request's character encoding is set, before the page cache and Spring Security):
 * <ul>
 * <li>Parameters (query, form, multipart) are read once here. A value that is not valid
 *     percent-encoding or UTF-8 ({@code ?q=%}, {@code %FF}, {@code %ED%A0%80}) is a 400; a body
 *     over Tomcat's or the multipart limits is a 413. (Control characters, NUL included, are
 *     text: each form refuses them next to the field, search drops them.) An uploaded file whose
 *     name holds a NUL byte ({@code ../../etc/passwd\0.txt}, which Tomcat will not give out) is a 400. Both are the site's own error page and one WARN line, never an
 *     ERROR with a stack trace: a stranger must not be able to fill the log.</li>
 * <li>No {@code Location} names a host other than {@code newsdesk.site.base-url}'s: an absolute
 *     redirect built from the request ({@code Host: evil.example}, which Spring Security's saved
 *     request keeps for after sign-in) loses its host and goes to the same path on this site.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);
    private static final int LOGGED_PATH_LENGTH = 200;

    private final URI baseUrl;

    MalformedRequestFilter(SiteProperties site) {
        this.baseUrl = site.baseUrl();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpStatus refused = readParameters(request);
        if (refused != null) {
            response.sendError(refused.value());
            return;
        }
        chain.doFilter(request, new SameSiteRedirects(response, baseUrl));
    }

    /** Null when every parameter could be read as text; else the status that refuses the request. */
    private static HttpStatus readParameters(HttpServletRequest request) {
        try {
            request.getParameterMap();
            if (isMultipart(request)) {
                for (Part part : request.getParts()) {
                    // Tomcat refuses to give a file name with a NUL in it ("../../etc/passwd\0.txt") when it is asked.
                    part.getSubmittedFileName();
                }
            }
        }
        catch (InvalidFileNameException badName) {
            warn(request, HttpStatus.BAD_REQUEST, "a file name with a NUL byte");
            return HttpStatus.BAD_REQUEST;
        }
        catch (IOException | ServletException unreadable) {
            HttpStatus status = tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            warn(request, status, firstLine(unreadable.getMessage()));
            return status;
        }
        catch (IllegalStateException unreadable) {
            // Tomcat: "Character decoding failed…", "…exceeded the limit for maxPostSize…", a file over the multipart limit.
            HttpStatus status = tooLarge(unreadable) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
            warn(request, status, firstLine(unreadable.getMessage()));
            return status;
        }
        return null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equals(request.getMethod()) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.tomcat.util.http.InvalidParameterException invalid && invalid.getErrorCode() == 413) {
                return true;
            }
            String name = cause.getClass().getSimpleName();
            String message = String.valueOf(cause.getMessage());
            if (name.contains("SizeLimitExceeded") || name.contains("CountLimitExceeded") || name.contains("SizeException")
                    || message.contains("maxPostSize") || message.contains("exceeds its maximum")
                    || message.contains("exceeds the configured maximum")) {
                return true;
            }
        }
        return false;
    }

    private static void warn(HttpServletRequest request, HttpStatus status, String reason) {
        log.warn("Refused {} {} with {}: {}", request.getMethod(), cut(request.getRequestURI(), LOGGED_PATH_LENGTH), status.value(), reason);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable parameters";
        }
        int end = message.indexOf('\n');
        return cut(end < 0 ? message : message.substring(0, end), LOGGED_PATH_LENGTH);
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…" : text;
    }

    /** Redirects anywhere but to the configured site become the same path here. */
    static String sameSite(String location, URI baseUrl) {
        URI target;
        try {
            target = URI.create(location);
        }
        catch (IllegalArgumentException notAUri) {
            return "/";
        }
        if (target.getScheme() == null && target.getRawAuthority() == null) {
            return location;
        }
        if (baseUrl.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
                && baseUrl.getRawAuthority().equalsIgnoreCase(String.valueOf(target.getRawAuthority()))) {
            return location;
        }
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        // "//evil.example/x" as a path would again be another host.
        path = path.replaceFirst("^/+", "/");
        return target.getRawQuery() == null ? path : path + '?' + target.getRawQuery();
    }

    private static final class SameSiteRedirects extends HttpServletResponseWrapper {

        private final URI baseUrl;

        SameSiteRedirects(HttpServletResponse response, URI baseUrl) {
            super(response);
            this.baseUrl = baseUrl;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(sameSite(location, baseUrl));
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(sameSite(location, baseUrl), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            super.sendRedirect(sameSite(location, baseUrl), sc);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(sameSite(location, baseUrl), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null ? sameSite(value, baseUrl) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) && value != null ? sameSite(value, baseUrl) : value);
        }
    }
}
