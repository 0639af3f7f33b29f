package org.newsdesk.accounts;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was even checked, because of too many recent failures. */
class LoginThrottledException extends AuthenticationException {

    private final transient Instant lockedUntil;

    LoginThrottledException(Instant lockedUntil) {
        super("Too many failed sign-in attempts");
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
