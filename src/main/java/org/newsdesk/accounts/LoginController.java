package org.newsdesk.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.seo.PageMeta;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The sign-in page. Spring Security handles the form's POST ({@code /login}) and the sign-out
 * POST ({@code /logout}); a GET of {@code /logout} only offers the sign-out button, so that a
 * link or a prefetch can never sign an editor out.
 */
@Controller
class LoginController {

    /** The editors' doors are no pages for a search engine (the X-Robots-Tag header says so too). */
    private static final PageMeta NOT_INDEXED = PageMeta.of(null, null, "/login").noindexed();

    /** {@code ?error=passkey}: where {@code /js/passkeys.js} goes when a passkey did not sign in. */
    static final String PASSKEY_FAILED = "passkey";

    @GetMapping("/login")
    ModelAndView login(HttpServletRequest request, Authentication authentication,
                       @RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                       @RequestParam(required = false) String logout) {
        if (isSignedIn(authentication)) {
            return new ModelAndView("redirect:/admin");
        }
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        Object email = flash == null ? null : flash.get(LoginFailureHandler.EMAIL);
        Object minutesLeft = flash == null ? null : flash.get(LoginFailureHandler.MINUTES_LEFT);
        return new ModelAndView("accounts/login")
                .addObject("email", email == null ? "" : email)
                .addObject("failed", error != null && !PASSKEY_FAILED.equals(error))
                .addObject("passkeyFailed", PASSKEY_FAILED.equals(error))
                .addObject("locked", locked != null)
                .addObject("minutesLeft", minutesLeft)
                .addObject("signedOut", logout != null)
                .addObject("meta", NOT_INDEXED);
    }

    @GetMapping("/logout")
    ModelAndView confirmLogout(Authentication authentication) {
        if (!isSignedIn(authentication)) {
            return new ModelAndView("redirect:/login");
        }
        return new ModelAndView("accounts/logout").addObject("meta", NOT_INDEXED);
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
