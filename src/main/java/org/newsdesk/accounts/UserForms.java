package org.newsdesk.accounts;

import org.springframework.validation.Errors;

/** What the user forms share: trimming, the shape of an email, password checks. */
final class UserForms {

    static final String EMAIL_SHAPE = "[^@\\s\\p{Cc}]+@[^@\\s\\p{Cc}]+";

    private UserForms() {
    }

    static String trim(String text) {
        return text == null ? null : text.strip();
    }

    /** Checks a new password and its confirmation, putting the message next to the right field. */
    static void checkNewPassword(String password, String confirmation, Errors errors) {
        String problem = PasswordRules.problem(password);
        if (problem != null) {
            errors.rejectValue("password", problem);
        }
        else if (!password.equals(confirmation)) {
            errors.rejectValue("passwordConfirmation", "admin.account.password.mismatch");
        }
    }
}
