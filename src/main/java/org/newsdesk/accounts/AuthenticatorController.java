package org.newsdesk.accounts;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.newsdesk.site.Messages;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * An authenticator app under "Your account": a QR code of a new secret (kept in the session until
 * a code from the app confirms it), then ten recovery codes shown once; or removing the app. A
 * user whose role requires a second factor and who has none is sent here right after their
 * password, and is signed in once the app is confirmed.
 */
@Controller
@RequestMapping(SignInSteps.ENROLMENT_PATH)
record AuthenticatorController(SecondFactors factors, SignInSteps steps, SiteProperties site, Messages messages) {

    static final String PENDING_SECRET = "newsdesk.authenticator.pendingSecret";
    static final String RECOVERY_CODES = "recoveryCodes";

    @GetMapping
    ModelAndView show(Authentication signedIn, HttpSession session, HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        if (flash != null && flash.get(RECOVERY_CODES) != null) {
            return new ModelAndView("admin/authenticator-codes").addObject(RECOVERY_CODES, flash.get(RECOVERY_CODES));
        }
        String email = signedIn.getName();
        if (factors.hasAuthenticator(email)) {
            return new ModelAndView("admin/authenticator")
                    .addObject("enrolled", true)
                    .addObject("unusedCodes", factors.unusedRecoveryCodes(email));
        }
        return enrolment(signedIn, session, false);
    }

    @PostMapping
    ModelAndView enrol(@RequestParam(required = false) String code, Authentication signedIn, HttpSession session,
                       HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        try {
            List<String> codes = factors.enrol(signedIn.getName(), secret, code);
            session.removeAttribute(PENDING_SECRET);
            if (SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING)) {
                steps.finish(request, response, "password, then enrolled an authenticator app");
            }
            redirect.addFlashAttribute(RECOVERY_CODES, codes);
            return new ModelAndView("redirect:" + SignInSteps.ENROLMENT_PATH);
        }
        catch (RefusedException wrongCode) {
            return enrolment(signedIn, session, true);
        }
    }

    @PostMapping("/remove")
    String remove(Authentication signedIn, RedirectAttributes redirect) {
        if (SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING)) {
            return "redirect:" + SignInSteps.ENROLMENT_PATH;
        }
        factors.removeAuthenticator(signedIn.getName());
        redirect.addFlashAttribute("flash", messages.get("factors.removed"));
        return "redirect:/admin/account";
    }

    private ModelAndView enrolment(Authentication signedIn, HttpSession session, boolean codeWrong) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        QrCode qr = QrCode.of(Totp.uri(site.name(), signedIn.getName(), secret));
        return new ModelAndView("admin/authenticator")
                .addObject("enrolled", false)
                .addObject("required", SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING))
                .addObject("qrViewBox", qr.viewBox())
                .addObject("qrPath", qr.path())
                .addObject("secret", secret.replaceAll("(.{4})(?!$)", "$1 "))
                .addObject("codeWrong", codeWrong);
    }
}
