package org.newsdesk.accounts;

import java.util.regex.Pattern;

/**
 * The email addresses Newsdesk accepts as sign-in names: one {@code @}, something on each side,
 * no spaces or control characters, at most {@value User#EMAIL_MAX_LENGTH} characters. No
 * mail is ever sent, so a stricter check would only refuse real addresses.
 */
final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+");

    private EmailAddresses() {
    }

    static boolean isPlausible(String email) {
        return email != null && email.length() <= User.EMAIL_MAX_LENGTH && email.length() >= 3
                && SHAPE.matcher(email).matches();
    }
}
