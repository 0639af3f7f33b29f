package org.newsdesk.accounts;

import org.newsdesk.site.Messages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' part of second factors (under {@code /admin/users}, ADMIN only): which roles
 * must have one, and resetting a user's factors (a lost phone). Both go to the audit log.
 */
@Controller
record SecondFactorAdminController(SecondFactors factors, UserService users, Messages messages) {

    @GetMapping("/admin/users/second-factor")
    ModelAndView policy() {
        return new ModelAndView("admin/users/second-factor").addObject("policy", factors.policy());
    }

    @PostMapping("/admin/users/second-factor")
    String changePolicy(@RequestParam(required = false) String admins, @RequestParam(required = false) String editors,
                        RedirectAttributes redirect) {
        factors.changePolicy(new SecondFactors.Policy(admins != null, editors != null));
        redirect.addFlashAttribute("flash", messages.get("factors.policy.saved"));
        return "redirect:/admin/users/second-factor";
    }

    @PostMapping("/admin/users/{id}/factors/reset")
    String reset(@PathVariable String id, RedirectAttributes redirect) {
        long userId = UserIds.parse(id);
        UserRow user = users.find(userId);
        factors.reset(userId);
        redirect.addFlashAttribute("flash", messages.get("factors.reset.done", user.displayName()));
        return "redirect:/admin/users/" + userId;
    }
}
