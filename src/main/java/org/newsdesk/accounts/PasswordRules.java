package org.newsdesk.accounts;

import java.nio.charset.StandardCharsets;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, and at most
 * {@value #MAX_BYTES} bytes in UTF-8, the most that bcrypt (the encoder's default) reads.
 * Passwords are never trimmed: every character typed counts.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordRules() {
    }

    /** The message key of what is wrong with a new password, or null when it is acceptable. */
    static String problem(String password) {
        if (password == null || password.isEmpty()) {
            return "admin.account.password.required";
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "admin.account.password.tooShort";
        }
        if (!fitsTheEncoder(password)) {
            return "admin.account.password.tooLong";
        }
        return null;
    }

    /** Longer passwords cannot be hashed (bcrypt refuses them), so they can never match either. */
    static boolean fitsTheEncoder(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
