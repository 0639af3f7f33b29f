package org.newsdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.site.Messages;
import org.newsdesk.site.SiteTime;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your account" → Passkeys: the user's passkeys (label, when added, when last used), adding one
 * with a label ({@code /js/passkeys.js} runs the ceremony with Spring Security's endpoints; without
 * JavaScript, or in a browser without passkeys, the page says so), and removing one (a plain form).
 * A user whose role requires a second factor and who has none may add a passkey instead of an
 * authenticator app right after their password: once it is added, they are signed in.
 */
@Controller
@RequestMapping(PasskeyController.PATH)
record PasskeyController(Passkeys passkeys, SignInSteps steps, Messages messages, SiteTime time) {

    static final String PATH = "/admin/account/passkeys";

    @GetMapping
    ModelAndView show(Authentication signedIn) {
        return new ModelAndView("admin/passkeys")
                .addObject("passkeys", passkeys.of(signedIn.getName()))
                .addObject("zone", time.zone())
                .addObject("required", SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING))
                .addObject("maxLabel", PasskeyRelyingParty.MAX_LABEL);
    }

    /** Where the script goes once a passkey is added. */
    @GetMapping("/added")
    String added(Authentication signedIn, HttpServletRequest request, HttpServletResponse response,
                 RedirectAttributes redirect) {
        if (passkeys.of(signedIn.getName()).isEmpty()) {
            return "redirect:" + PATH;
        }
        if (SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING)) {
            steps.finish(request, response, "password, then added a passkey");
        }
        redirect.addFlashAttribute("flash", messages.get("passkeys.added"));
        return "redirect:" + PATH;
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable String id, Authentication signedIn, RedirectAttributes redirect) {
        if (SignInSteps.is(signedIn, SignInSteps.ENROLMENT_PENDING)) {
            return "redirect:" + PATH;
        }
        if (!passkeys.remove(signedIn.getName(), id)) {
            throw new UserNotFoundException();
        }
        redirect.addFlashAttribute("flash", messages.get("passkeys.removed"));
        return "redirect:" + PATH;
    }
}
