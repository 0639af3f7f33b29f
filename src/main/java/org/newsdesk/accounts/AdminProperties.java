package org.newsdesk.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, created on a start with no users at all
 * ({@code NEWSDESK_ADMIN_EMAIL}, {@code NEWSDESK_ADMIN_PASSWORD}). Both unset: Newsdesk makes
 * one with a random password and prints it once. Checked by {@link FirstAdmin}, not by bean
 * validation, so that a rejected password never appears in a startup error.
 *
 * @param email the first admin's email, or null
 * @param password the first admin's password (at least 12 characters), or null
 */
@ConfigurationProperties("newsdesk.admin")
record AdminProperties(String email, String password) {

    boolean isSet() {
        return hasText(email) || hasText(password);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Never prints the password, wherever the settings end up. */
    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=" + (password == null ? "null" : "******") + "]";
    }
}
