package org.newsdesk.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;

import java.time.Clock;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A sign-in in steps. A right password alone signs in a user with no second factor (and none
 * required of their role). Otherwise the session holds a sign-in that is not finished: its only
 * authority is {@link #CODE_PENDING} (an authenticator code or recovery code is asked for next,
 * at {@code /login/second-factor}) or {@link #ENROLMENT_PENDING} (a second factor is required and
 * the user has none: enrolling is the one thing they can do). Neither opens any admin screen.
 * The state is in the session, which is in PostgreSQL: any instance takes the next step.
 */
@Component
record SignInSteps(DatabaseUserDetailsService userDetails, UserRepository users, AuditLog audit, Clock clock) {

    static final String CODE_PENDING_ROLE = "SIGN_IN_CODE_PENDING";
    static final String ENROLMENT_PENDING_ROLE = "SIGN_IN_ENROLMENT_PENDING";
    static final String CODE_PENDING = "ROLE_" + CODE_PENDING_ROLE;
    static final String ENROLMENT_PENDING = "ROLE_" + ENROLMENT_PENDING_ROLE;
    static final String SECOND_STEP_PATH = "/login/second-factor";
    static final String ENROLMENT_PATH = "/admin/account/authenticator";

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    /** The unfinished sign-in of a user whose password was right. */
    static Authentication pending(Authentication passwordChecked, String authority) {
        return UsernamePasswordAuthenticationToken.authenticated(passwordChecked.getPrincipal(), null,
                List.of(new SimpleGrantedAuthority(authority)));
    }

    static boolean is(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    /** Where an unfinished sign-in continues, or null for a finished one. */
    static String nextPath(Authentication authentication) {
        if (is(authentication, CODE_PENDING)) {
            return SECOND_STEP_PATH;
        }
        return is(authentication, ENROLMENT_PENDING) ? ENROLMENT_PATH : null;
    }

    /**
     * Finishes the sign-in of the current session's user: their roles from the database (a user
     * disabled meanwhile gets none), a new session id, the sign-in recorded.
     */
    void finish(HttpServletRequest request, HttpServletResponse response, String how) {
        String email = SecurityContextHolder.getContext().getAuthentication().getName();
        UserDetails user = userDetails.loadUserByUsername(email);
        if (!user.isEnabled()) {
            throw new IllegalStateException("A disabled user cannot finish signing in");
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        CONTEXTS.saveContext(context, request, response);
        users.recordSignIn(user.getUsername(), clock.instant());
        audit.record(AuditAction.SIGN_IN, user.getUsername(), how);
    }
}
