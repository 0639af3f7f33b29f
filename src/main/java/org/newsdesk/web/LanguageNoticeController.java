package org.newsdesk.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "No, thanks" on the language notice ({@link LanguageSuggestions}): a plain form, so it works
 * without JavaScript. It remembers the choice in a cookie for a year and sends the reader back to
 * the page they were on (303), which then comes without the notice. {@code back} must be a path of
 * this site: anything else (another host, {@code //host}, a scheme, a backslash, control
 * characters) is refused with the site's 400 page and sets nothing, so the form is no open redirect.
 * It needs no CSRF token (the cached public pages carry none, and a forged dismissal only hides a
 * notice): {@code SecurityConfig} leaves this one path out of CSRF protection.
 */
@Controller
final class LanguageNoticeController {

    private static final Duration REMEMBERED = Duration.ofDays(365);
    private static final int MAX_BACK_LENGTH = 2000;

    @PostMapping(LanguageSuggestions.DISMISS_PATH)
    ResponseEntity<Void> dismiss(@RequestParam(name = "back", required = false) String back, HttpServletRequest request) {
        URI target = sameSitePath(back);
        ResponseCookie cookie = ResponseCookie.from(LanguageSuggestions.COOKIE, "dismissed")
                .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(REMEMBERED).httpOnly(true).secure(request.isSecure()).sameSite("Lax").build();
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .location(URI.create(request.getContextPath() + target.toASCIIString()))
                .build();
    }

    /** A path (and query) of this site, else a 400. */
    static URI sameSitePath(String back) {
        if (back == null || back.isEmpty() || back.length() > MAX_BACK_LENGTH || !back.startsWith("/")
                || back.startsWith("//") || back.indexOf('\\') >= 0 || back.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw notASitePath();
        }
        try {
            URI uri = new URI(back);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                    || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
                throw notASitePath();
            }
            return uri;
        }
        catch (URISyntaxException malformed) {
            throw notASitePath();
        }
    }

    private static ResponseStatusException notASitePath() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not a path of this site");
    }
}
