package org.newsdesk.freshness;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.newsdesk.web.DatabaseUnavailable;
import org.newsdesk.web.LanguageSuggestions;
import org.newsdesk.web.SitePaths;
import org.springframework.boot.web.server.Compression;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MimeType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a public GET or HEAD from the {@link PageCache} when a response for the same request
 * is stored for the content version the site is at now: no Spring Security, no Spring MVC, no
 * template and no SQL (while the content version is known, see {@link org.newsdesk.freshness.ContentChangeListener}).
 * Otherwise the request goes on as usual, and a 200 response carrying a content version (the
 * conditional GET interceptor marks pages, feeds, sitemaps and robots.txt so) is stored on its
 * way out: its body compressed once, and its headers, the security headers included.
 *
 * <p>A hit sends exactly what a miss sends: the stored headers, then {@code Cache-Control},
 * {@code ETag} and {@code Last-Modified} worked out as the interceptor does (so
 * {@code max-age} still stops at the next scheduled publication), a 304 when the client's
 * validators match, and the body gzip-compressed when the client accepts it (with
 * {@code Vary: Accept-Encoding}; Tomcat leaves a response that has a {@code Content-Encoding}
 * alone). Misses are sent through the same code, so their bytes are the same.
 *
 * <p>Never stored: a response to a HEAD, anything but a 200, a response that sets a cookie or
 * varies by more than its encoding, and anything rendered for a signed-in editor (a request with
 * a session cookie), in case a page ever shows something of theirs; editors' pages, sign-in and
 * operations are not even looked up. The filter runs before the canonical-URL filter, which is
 * safe: a request that is not canonical is always redirected, so no 200 is ever stored for it.
 * When the database cannot say which content version the site is at (unreachable, restarting,
 * out of pool connections: {@link DatabaseUnavailable}), or fails a miss for that reason, a stored
 * page is sent as it is rather than an error, with {@code Cache-Control: no-cache}, as
 * {@code stale-if-error} means; a page never stored gets the 503 page.
 * Scheme, context path and query are part of the key, and so is whether the page carries the
 * language notice ({@link LanguageSuggestions#variant}): the one thing {@code Accept-Language} and
 * {@code Cookie}, which HTML pages vary on, change in a public response; readers without the header
 * share one entry as before. Scheme and context path are in the key because a page fetched over HTTPS carries HSTS, and
 * behind a proxy {@code X-Forwarded-Prefix} changes the links in it.
 */
final class PageCacheFilter extends OncePerRequestFilter {

    /**
     * After the forwarded-headers, character-encoding and observation filters (so that scheme,
     * path and metrics are right), before Spring Session's (which may read a session from the
     * database) and Spring Security's.
     */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    private static final String GZIP = "gzip";

    /** How long stored pages are served without asking an unreachable database again. */
    static final Duration UNREACHABLE_PAUSE = Duration.ofSeconds(2);

    /** Headers not stored: worked out again for each answer, written by the container, or set below. */
    private static final Set<String> NOT_STORED = caseInsensitive(HttpHeaders.CACHE_CONTROL, HttpHeaders.ETAG,
            HttpHeaders.LAST_MODIFIED, HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
            HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.VARY, HttpHeaders.CONNECTION, "Keep-Alive");

    /** Vary fields the key accounts for: the language notice's ({@link LanguageSuggestions#VARY}). */
    private static final Set<String> KEYED_VARY = caseInsensitive(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE);

    private final PageCache cache;
    private final ContentVersions versions;
    private final HttpCachingProperties caching;
    private final Clock clock;
    private final Compression compression;
    private final String sessionCookie;
    private final int captureLimit;
    private final SitePaths paths;
    private final LanguageSuggestions suggestions;
    /** When the database last failed to say the content version ({@link System#nanoTime()}). */
    private volatile long unreachableSince = System.nanoTime() - UNREACHABLE_PAUSE.toNanos();

    PageCacheFilter(PageCache cache, ContentVersions versions, HttpCachingProperties caching, Clock clock,
                    Compression compression, String sessionCookie, SitePaths paths, LanguageSuggestions suggestions) {
        this.cache = cache;
        this.versions = versions;
        this.caching = caching;
        this.clock = clock;
        this.compression = compression;
        this.sessionCookie = sessionCookie;
        this.paths = paths;
        this.suggestions = suggestions;
        // A body is held back up to twice what one page may keep (it shrinks when compressed).
        this.captureLimit = (int) Math.min(Integer.MAX_VALUE - 8, 2 * cache.maxEntryWeight());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return true;
        }
        return !paths.isPublicPath(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request) + suggestions.variant(request);
        CachedPage stored = cache.get(key);
        if (stored != null) {
            ContentVersion current = currentOrNull(stored);
            if (current == null || stored.version().equals(current)) {
                answer(stored, current, request, response);
                return;
            }
        }
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        CapturingResponse capturing = new CapturingResponse(response, request, captureLimit);
        try {
            chain.doFilter(request, capturing);
        }
        catch (ServletException | IOException | RuntimeException failure) {
            if (stored == null || response.isCommitted() || !DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            databaseFailed();
            response.reset();
            answer(stored, null, request, response);
            return;
        }
        byte[] body = capturing.heldBack();
        if (body == null) {
            return;
        }
        CachedPage page = storable(request, response) ? page(request, response, capturing, body) : null;
        if (page == null) {
            capturing.sendHeldBack(body);
            return;
        }
        cache.put(key, page);
        sendBody(page, request, response);
    }

    /**
     * The content version now, or null when the database cannot say (then the stored page is
     * served as it is: stale-if-error). After such a failure the database is not asked again for
     * {@link #UNREACHABLE_PAUSE}, so that readers of stored pages do not each wait for a
     * connection that will not come.
     */
    private ContentVersion currentOrNull(CachedPage stored) {
        ContentVersion remembered = versions.remembered();
        if (remembered != null) {
            return remembered;
        }
        if (System.nanoTime() - unreachableSince < UNREACHABLE_PAUSE.toNanos()) {
            return null;
        }
        try {
            return versions.current();
        }
        catch (RuntimeException failure) {
            if (!DatabaseUnavailable.isCause(failure)) {
                throw failure;
            }
            databaseFailed();
            return null;
        }
    }

    private void databaseFailed() {
        unreachableSince = System.nanoTime();
    }

    /**
     * A stored page with the headers a fresh one would have; {@code version} null means the
     * current version is unknown (the database is unreachable): the page is sent as stored, with
     * {@code no-cache} so that no cache keeps it as fresh.
     */
    private void answer(CachedPage page, ContentVersion version, HttpServletRequest request,
                        HttpServletResponse response) throws IOException {
        for (CachedPage.Header header : page.headers()) {
            response.addHeader(header.name(), header.value());
        }
        ContentVersion shown = version != null ? version : page.version();
        response.setHeader(HttpHeaders.CACHE_CONTROL, version != null
                ? caching.cacheControl(version, clock.instant()).getHeaderValue() : "no-cache");
        if (new ServletWebRequest(request, response).checkNotModified(page.etag(), shown.lastModified().toEpochMilli())) {
            return;
        }
        sendBody(page, request, response);
    }

    /** The body, compressed when the page was and the client accepts gzip. The same for a hit and a miss. */
    private static void sendBody(CachedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean head = "HEAD".equals(request.getMethod());
        if (page.gzipped()) {
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (acceptsGzip(request.getHeaders(HttpHeaders.ACCEPT_ENCODING))) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
                response.setContentLength(page.body().length);
                if (!head) {
                    response.getOutputStream().write(page.body());
                }
                return;
            }
        }
        response.setContentLength(page.length());
        if (!head) {
            page.writeIdentity(response.getOutputStream());
        }
    }

    private boolean storable(HttpServletRequest request, HttpServletResponse response) {
        return response.getStatus() == HttpServletResponse.SC_OK
                && request.getAttribute(ContentVersion.RENDERED) instanceof ContentVersion
                && response.getHeader(HttpHeaders.ETAG) != null
                && response.getHeader(HttpHeaders.SET_COOKIE) == null
                && response.getHeader(HttpHeaders.CONTENT_ENCODING) == null
                && variesOnlyByWhatTheKeyHolds(response)
                && !signedIn(request);
    }

    private CachedPage page(HttpServletRequest request, HttpServletResponse response, CapturingResponse capturing,
                            byte[] body) {
        List<CachedPage.Header> headers = new ArrayList<>();
        if (response.getContentType() != null) {
            headers.add(new CachedPage.Header(HttpHeaders.CONTENT_TYPE, response.getContentType()));
        }
        Locale locale = capturing.locale();
        if (locale != null) {
            headers.add(new CachedPage.Header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()));
        }
        List<String> vary = varyFields(response);
        if (!vary.isEmpty()) {
            headers.add(new CachedPage.Header(HttpHeaders.VARY, String.join(", ", vary)));
        }
        for (String name : response.getHeaderNames()) {
            if (!NOT_STORED.contains(name)) {
                for (String value : response.getHeaders(name)) {
                    headers.add(new CachedPage.Header(name, value));
                }
            }
        }
        ContentVersion version = (ContentVersion) request.getAttribute(ContentVersion.RENDERED);
        return CachedPage.of(version, response.getHeader(HttpHeaders.ETAG), List.copyOf(headers), body,
                compressible(response.getContentType(), body.length));
    }

    /** The same rule as Tomcat's compression ({@code server.compression.*}): on, a listed type, long enough. */
    private boolean compressible(String contentType, int length) {
        if (!compression.getEnabled() || contentType == null) {
            return false;
        }
        DataSize minimum = compression.getMinResponseSize();
        if (minimum != null && length < minimum.toBytes()) {
            return false;
        }
        MimeType type = MimeType.valueOf(contentType);
        for (String listed : compression.getMimeTypes()) {
            if (type.equalsTypeAndSubtype(MimeType.valueOf(listed))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A response may vary by its encoding (answered at each send) and by the language notice's
     * headers (the key holds the notice's variant); by anything else it is not stored.
     */
    private static boolean variesOnlyByWhatTheKeyHolds(HttpServletResponse response) {
        for (String field : varyFields(response)) {
            if (!KEYED_VARY.contains(field)) {
                return false;
            }
        }
        return true;
    }

    /** The fields of the response's {@code Vary} headers but {@code Accept-Encoding}, which {@link #sendBody} adds. */
    private static List<String> varyFields(HttpServletResponse response) {
        List<String> fields = new ArrayList<>();
        for (String vary : response.getHeaders(HttpHeaders.VARY)) {
            for (String field : vary.split(",")) {
                if (!field.isBlank() && !field.trim().equalsIgnoreCase(HttpHeaders.ACCEPT_ENCODING)) {
                    fields.add(field.trim());
                }
            }
        }
        return fields;
    }

    private boolean signedIn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(sessionCookie)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Scheme, path (with the context path) and query: everything a public response depends on. */
    static String key(HttpServletRequest request) {
        String query = request.getQueryString();
        String scheme = request.isSecure() ? "https:" : "http:";
        return query == null ? scheme + request.getRequestURI() : scheme + request.getRequestURI() + '?' + query;
    }

    /**
     * Whether the client takes gzip: it lists {@code gzip} (or {@code x-gzip}) with a weight above
     * zero, or, not naming it, accepts anything ({@code *}) with a weight above zero.
     */
    static boolean acceptsGzip(Enumeration<String> acceptEncoding) {
        Boolean gzip = null;
        boolean any = false;
        while (acceptEncoding.hasMoreElements()) {
            for (String element : acceptEncoding.nextElement().split(",")) {
                int semicolon = element.indexOf(';');
                String coding = (semicolon < 0 ? element : element.substring(0, semicolon)).trim();
                boolean weighted = semicolon < 0 || weight(element.substring(semicolon + 1)) > 0;
                if (coding.equalsIgnoreCase(GZIP) || coding.equalsIgnoreCase("x-gzip")) {
                    gzip = (gzip != null && gzip) || weighted;
                }
                else if (coding.equals("*")) {
                    any = weighted;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    private static double weight(String parameters) {
        for (String parameter : parameters.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.startsWith("q=") || trimmed.startsWith("Q=")) {
                try {
                    return Double.parseDouble(trimmed.substring(2).trim());
                }
                catch (NumberFormatException notAWeight) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
