package org.newsdesk.accounts;

import java.util.regex.Pattern;

/**
 * The email addresses Newsdesk accepts as sign-in names: one {@code @}, something on each side,
 * no spaces or control characters, at most {@value User#EMAIL_MAX_LENGTH} characters. No
 * mail is ever sent, so a stricter check would only refuse real addresses.
 */
final class EmailAddresses {

    /** One {@code @} with something on each side, no spaces or control characters; forms check it too. */
    static final String SHAPE = "[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+";

    private static final Pattern SHAPE_PATTERN = Pattern.compile(SHAPE);

    private EmailAddresses() {
    }

    static boolean isPlausible(String email) {
        return email != null && email.length() <= User.EMAIL_MAX_LENGTH && email.length() >= 3
                && SHAPE_PATTERN.matcher(email).matches();
    }
}
