package org.newsdesk.accounts;

import jakarta.servlet.http.HttpServletRequest;

import org.newsdesk.web.SitePaths;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every {@code /admin} page the signed-in user as {@code currentUser}, for the layout's
 * navigation and greeting. Public pages never pay for the lookup. The admin flag follows the
 * session's authorities, which are what access is decided on.
 */
@ControllerAdvice
record CurrentUserAdvice(UserRepository users, SitePaths paths) {

    @ModelAttribute("currentUser")
    CurrentUser currentUser(HttpServletRequest request) {
        if (!paths.isAdminPath(request)) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(authority -> Role.ADMIN.authority().equals(authority.getAuthority()));
        String email = authentication.getName();
        String displayName = users.findByEmailIgnoringCase(email).map(User::getDisplayName).orElse(email);
        return new CurrentUser(email, displayName, admin);
    }
}
