package org.newsdesk.accounts;

/**
 * A new password typed twice: by an admin resetting someone's, or (with the current one) by users
 * changing their own. Never trimmed, never shown again. Public so that templates can read it.
 */
public record PasswordForm(String currentPassword, String password, String passwordConfirmation) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }
}
