package org.newsdesk.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which paths are the public site and which are not: the one list of editors' paths (signed in,
 * never stored in a cache, never indexed) and of operations' paths (health, the error dispatch).
 * Security headers, conditional GET, the page cache and the admin model all ask this bean, so a
 * new editors' path is added here once.
 */
@Component
public class SitePaths {

    /** The admin screens; {@code /admin/**} also matches {@code /admin} itself. */
    public static final String ADMIN = "/admin/**";
    /** The administrators-only screens. */
    public static final String USER_ADMIN = "/admin/users/**";
    /** The audit log, administrators only too. */
    public static final String AUDIT = "/admin/audit/**";
    public static final String LOGIN = "/login";
    /** The steps of a sign-in after the password (a second factor). */
    public static final String LOGIN_STEPS = "/login/**";
    public static final String LOGOUT = "/logout";

    private static final List<String> EDITOR_PATTERNS = List.of(ADMIN, LOGIN, LOGIN_STEPS, LOGOUT);
    private static final List<String> OPERATIONS_PATTERNS = List.of("/actuator/**", "/error");
    /**
     * Public files with validators of their own, outside the content version's conditional GET
     * and the page cache: pictures at content-hashed URLs (media module), cached for a year.
     */
    public static final String MEDIA = "/media/**";
    /** Spring Security's passkey endpoints (registration options, sign-in options). */
    public static final String WEBAUTHN = "/webauthn/**";

    private final List<PathPattern> admin = parse(List.of(ADMIN));
    private final List<PathPattern> editor = parse(EDITOR_PATTERNS);
    private final List<PathPattern> notPublic = parse(notPublicPatterns());
    private final List<PathPattern> notPublicRead = parse(Stream.of(EDITOR_PATTERNS, OPERATIONS_PATTERNS,
            List.of(WEBAUTHN)).flatMap(List::stream).toList());

    /** Editors' pages: the admin screens, sign-in and sign-out. */
    public List<String> editorPatterns() {
        return EDITOR_PATTERNS;
    }

    /**
     * Everything that is not a page of the public site validated by the content version: editors'
     * pages, operations, and pictures' files (which have their own validators).
     */
    public List<String> notPublicPatterns() {
        return Stream.of(EDITOR_PATTERNS, OPERATIONS_PATTERNS, List.of(MEDIA)).flatMap(List::stream).toList();
    }

    public boolean isEditorPath(HttpServletRequest request) {
        return matches(editor, request);
    }

    public boolean isAdminPath(HttpServletRequest request) {
        return matches(admin, request);
    }

    /** A page, feed or file of the public site: neither an editors' page nor an operation. */
    public boolean isPublicPath(HttpServletRequest request) {
        return !matches(notPublic, request);
    }

    /**
     * A path a reader's GET may ask for without the editors' security chain: a public page, feed or
     * picture, not an editors' path, an operation, or a step of a passkey sign-in.
     */
    public boolean isPublicRead(HttpServletRequest request) {
        return !matches(notPublicRead, request);
    }

    private static boolean matches(List<PathPattern> patterns, HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static List<PathPattern> parse(List<String> patterns) {
        return patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }
}
