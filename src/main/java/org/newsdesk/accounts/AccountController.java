package org.newsdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.site.RefusedException;
import org.newsdesk.site.Messages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your account": every signed-in user changes their own password here, giving the current one.
 * The change signs out the user's other sessions (another browser, a shared computer).
 */
@Controller
@RequestMapping("/admin/account")
record AccountController(UserService users, Messages messages, SecondFactors factors) {

    @GetMapping
    ModelAndView show(Authentication authentication) {
        return new ModelAndView("admin/account").addObject("form", PasswordForm.empty())
                .addObject("authenticator", factors.hasAuthenticator(authentication.getName()))
                .addObject("passkeys", factors.passkeys(authentication.getName()));
    }

    @PostMapping("/password")
    ModelAndView changePassword(@ModelAttribute("form") PasswordForm form, BindingResult errors,
                                Authentication authentication, HttpServletRequest request, RedirectAttributes redirect) {
        if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
            errors.rejectValue("currentPassword", "admin.account.currentPassword.required");
        }
        UserForms.checkNewPassword(form.password(), form.passwordConfirmation(), errors);
        if (!errors.hasErrors()) {
            try {
                var session = request.getSession(false);
                users.changeOwnPassword(authentication.getName(), form.currentPassword(), form.password(),
                        session == null ? null : session.getId());
                redirect.addFlashAttribute("flash", messages.get("admin.account.passwordChanged"));
                return new ModelAndView("redirect:/admin/account");
            }
            catch (RefusedException refused) {
                UserRefusalMessages.USERS.reject(errors, refused);
            }
        }
        return new ModelAndView("admin/account");
    }
}
