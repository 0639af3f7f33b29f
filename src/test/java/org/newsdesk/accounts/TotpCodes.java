package org.newsdesk.accounts;

import java.time.Instant;

/** Codes as an authenticator app would show them, for tests outside this package (the browser's). */
public final class TotpCodes {

    private TotpCodes() {
    }

    public static String at(String base32Secret, Instant instant) {
        return Totp.code(base32Secret, Totp.step(instant));
    }
}
