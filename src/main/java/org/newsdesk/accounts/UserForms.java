package org.newsdesk.accounts;

import org.springframework.validation.Errors;

/** What the user forms share: trimming, password checks. */
final class UserForms {

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
