package org.newsdesk.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * After a failed sign-in, back to the login page (Post/Redirect/Get) with the email typed kept
 * and one of two messages: the generic "wrong email or password" (never saying which, or whether
 * the account exists or is disabled), or "too many attempts, wait N minutes".
 */
record LoginFailureHandler(FlashMapManager flashMaps, Clock clock) implements AuthenticationFailureHandler {

    static final String EMAIL = "email";
    static final String MINUTES_LEFT = "minutesLeft";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath(request.getContextPath() + "/login");
        String email = request.getParameter(EMAIL);
        if (email != null) {
            flash.put(EMAIL, email.length() > User.EMAIL_MAX_LENGTH ? email.substring(0, User.EMAIL_MAX_LENGTH) : email);
        }
        String target = "/login?error";
        if (failure instanceof LoginThrottledException throttled) {
            Duration left = Duration.between(clock.instant(), throttled.lockedUntil());
            flash.put(MINUTES_LEFT, Math.max(1, (left.toSeconds() + 59) / 60));
            target = "/login?locked";
        }
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.sendRedirect(request.getContextPath() + target);
    }
}
