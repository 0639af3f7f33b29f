package org.newsdesk.accounts;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.seo.PageMeta;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second step of a sign-in ({@code /login/second-factor}, open only to a session whose
 * password was right and whose user has an authenticator app, or passkeys where a second factor is
 * required): a code from the app, one of the recovery codes, or a passkey ({@link PasskeySignIn}).
 * Wrong codes count in the sign-in throttle like wrong passwords.
 */
@Controller
record SecondStepController(SecondFactors factors, SignInSteps steps, Clock clock) {

    private static final PageMeta NOT_INDEXED = PageMeta.of(null, null, SignInSteps.SECOND_STEP_PATH).noindexed();

    @GetMapping(SignInSteps.SECOND_STEP_PATH)
    ModelAndView ask(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                     @RequestParam(required = false) Long minutes, Authentication pending) {
        return new ModelAndView("accounts/second-factor")
                .addObject("failed", error != null && !LoginController.PASSKEY_FAILED.equals(error))
                .addObject("passkeyFailed", LoginController.PASSKEY_FAILED.equals(error))
                .addObject("authenticator", factors.hasAuthenticator(pending.getName()))
                .addObject("passkey", factors.passkeys(pending.getName()) > 0)
                .addObject("locked", locked != null)
                .addObject("minutesLeft", minutes)
                .addObject("meta", NOT_INDEXED);
    }

    @PostMapping(SignInSteps.SECOND_STEP_PATH)
    String check(@RequestParam(required = false) String code, Authentication pending, HttpServletRequest request,
                 HttpServletResponse response, RedirectAttributes redirect) {
        SecondFactors.Verdict verdict = factors.verify(pending.getName(), code, request.getRemoteAddr());
        if (verdict instanceof SecondFactors.Verdict.Passed passed) {
            steps.finish(request, response, "password + " + passed.how());
            return "redirect:/admin";
        }
        if (verdict instanceof SecondFactors.Verdict.Throttled throttled) {
            long seconds = Duration.between(clock.instant(), throttled.until()).toSeconds();
            return "redirect:" + SignInSteps.SECOND_STEP_PATH + "?locked&minutes=" + Math.max(1, (seconds + 59) / 60);
        }
        return "redirect:" + SignInSteps.SECOND_STEP_PATH + "?error";
    }
}
