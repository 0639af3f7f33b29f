package org.newsdesk.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One URL per page. Before any controller runs, a request for a page by another name is sent,
 * 301, to the page's one URL: a trailing slash is dropped ({@code /tags/} to {@code /tags}), and
 * a listing's page number in the query becomes the path form ({@code /?page=3} to
 * {@code /page/3}, {@code /tags/mexico?page=1} to {@code /tags/mexico}). Upper-case slugs are
 * redirected by their controllers, which know what a slug is. Any other query parameter is left
 * alone and changes nothing on the page (the canonical link never carries it).
 */
@Component
class CanonicalUrlFilter extends OncePerRequestFilter {

    /** A listing, possibly already at {@code /page/n}: the latest news, a tag, a year or a month of the archive. */
    private static final Pattern LISTING = Pattern.compile("(/tags/[^/]+|/archive/[0-9]{4}(?:/[0-9]{2})?)?(?:/page/[^/]+)?");

    private static final String PAGE = "page";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (path.length() > 1 && path.endsWith("/")) {
            redirect(response, withoutTrailingSlashes(path), query);
            return;
        }
        Matcher listing = LISTING.matcher(path);
        if (query != null && (path.equals("/") || (!path.isEmpty() && listing.matches()))) {
            // Decoded by the container; a value that is not valid percent-encoding was refused before (MalformedRequestFilter).
            String[] pages = request.getParameterValues(PAGE);
            if (pages != null) {
                String text = pages.length == 0 || pages[0] == null ? "" : pages[0];
                int page;
                try {
                    page = PageNumber.parse(text);
                }
                catch (PageNotFoundException notAPage) {
                    response.sendError(HttpStatus.NOT_FOUND.value());
                    return;
                }
                String base = path.equals("/") || listing.group(1) == null ? "/" : listing.group(1);
                String target = Pagination.href(base, page);
                String rest = UriComponentsBuilder.newInstance().query(query).replaceQueryParam(PAGE).build().getQuery();
                redirect(response, target, rest);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static String withoutTrailingSlashes(String path) {
        String trimmed = path.replaceAll("/+$", "");
        // "//evil.example/" must not become a redirect to another host.
        return "/" + trimmed.replaceAll("^/+", "");
    }

    private static void redirect(HttpServletResponse response, String path, String query) {
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, query == null || query.isEmpty() ? path : path + '?' + query);
    }
}
