package org.newsdesk.accounts;

import jakarta.validation.Valid;

import org.newsdesk.site.RefusedException;
import org.newsdesk.site.Messages;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management, for admins only ({@code /admin/users/**} is ADMIN-only in {@link SecurityConfig}):
 * list, create, change name and role, disable and enable, reset a password. Every change is a
 * POST that redirects with a flash message; a refused one shows the form again, with what was
 * typed and the message next to the field.
 */
@Controller
@RequestMapping("/admin/users")
record UserAdminController(UserService users, Messages messages) {

    @GetMapping
    ModelAndView list() {
        return new ModelAndView("admin/users/list").addObject("users", users.list());
    }

    @GetMapping("/new")
    ModelAndView newUser() {
        return new ModelAndView("admin/users/new").addObject("form", NewUserForm.empty());
    }

    @PostMapping
    ModelAndView create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, RedirectAttributes redirect) {
        UserForms.checkNewPassword(form.password(), form.passwordConfirmation(), errors);
        if (!errors.hasErrors()) {
            try {
                users.create(form.email(), form.displayName(), Role.valueOf(form.role()), form.password());
                redirect.addFlashAttribute("flash", messages.get("admin.users.created", form.displayName(), form.email()));
                return new ModelAndView("redirect:/admin/users");
            }
            catch (RefusedException refused) {
                UserRefusalMessages.USERS.reject(errors, refused);
            }
        }
        return new ModelAndView("admin/users/new");
    }

    @GetMapping("/{id}")
    ModelAndView show(@PathVariable String id, Authentication authentication) {
        UserRow user = users.find(UserIds.parse(id));
        return editPage(user, UserDetailsForm.of(user), PasswordForm.empty(), authentication);
    }

    @PostMapping("/{id}")
    ModelAndView update(@PathVariable String id, @Valid @ModelAttribute("details") UserDetailsForm details,
                        BindingResult errors, Authentication authentication, RedirectAttributes redirect) {
        long userId = UserIds.parse(id);
        if (!errors.hasErrors()) {
            try {
                UserRow before = users.find(userId);
                users.update(userId, details.displayName(), Role.valueOf(details.role()), authentication.getName());
                boolean roleChanged = !before.role().equals(details.role());
                redirect.addFlashAttribute("flash", messages.get(roleChanged ? "admin.users.roleChanged" : "admin.users.updated",
                        details.displayName()));
                return new ModelAndView("redirect:/admin/users/" + userId);
            }
            catch (RefusedException refused) {
                UserRefusalMessages.USERS.reject(errors, refused);
            }
        }
        return editPage(users.find(userId), details, PasswordForm.empty(), authentication);
    }

    @PostMapping("/{id}/disable")
    ModelAndView disable(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        return setEnabled(UserIds.parse(id), false, authentication, redirect);
    }

    @PostMapping("/{id}/enable")
    ModelAndView enable(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
        return setEnabled(UserIds.parse(id), true, authentication, redirect);
    }

    private ModelAndView setEnabled(long id, boolean enabled, Authentication authentication, RedirectAttributes redirect) {
        UserRow user = users.find(id);
        try {
            users.setEnabled(id, enabled, authentication.getName());
            redirect.addFlashAttribute("flash", messages.get(enabled ? "admin.users.enabled" : "admin.users.disabled",
                    user.displayName()));
        }
        catch (RefusedException refused) {
            redirect.addFlashAttribute("flashError", messages.get(UserRefusalMessages.USERS.message(refused)));
        }
        return new ModelAndView("redirect:/admin/users/" + id);
    }

    @PostMapping("/{id}/password")
    ModelAndView resetPassword(@PathVariable String id, @ModelAttribute("reset") PasswordForm reset, BindingResult errors,
                               Authentication authentication, RedirectAttributes redirect) {
        long userId = UserIds.parse(id);
        UserRow user = users.find(userId);
        UserForms.checkNewPassword(reset.password(), reset.passwordConfirmation(), errors);
        if (!errors.hasErrors()) {
            try {
                users.resetPassword(userId, reset.password(), authentication.getName());
                redirect.addFlashAttribute("flash", messages.get("admin.users.passwordReset", user.displayName()));
                return new ModelAndView("redirect:/admin/users/" + userId);
            }
            catch (RefusedException refused) {
                UserRefusalMessages.USERS.reject(errors, refused);
            }
        }
        // The passwords typed are never sent back: the fields come back empty, with the message.
        return editPage(user, UserDetailsForm.of(user), reset, authentication);
    }

    private ModelAndView editPage(UserRow user, UserDetailsForm details, PasswordForm reset, Authentication authentication) {
        return new ModelAndView("admin/users/edit")
                .addObject("user", user)
                .addObject("self", user.email().equalsIgnoreCase(authentication.getName()))
                .addObject("details", details)
                .addObject("reset", reset);
    }
}
