package org.newsdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new user, as an admin types it. Text is trimmed; passwords are taken exactly as typed (and
 * checked against {@link PasswordRules} by the controller). Public so that templates can read it.
 */
public record NewUserForm(
        @NotBlank(message = "{admin.users.email.required}")
        @Size(max = User.EMAIL_MAX_LENGTH, message = "{admin.users.email.tooLong}")
        @Pattern(regexp = "^$|" + EmailAddresses.SHAPE, message = "{admin.users.email.invalid}")
        String email,
        @UserName
        String displayName,
        @NotBlank(message = "{admin.users.role.required}")
        @Pattern(regexp = "^$|ADMIN|EDITOR", message = "{admin.users.role.required}")
        String role,
        String password,
        String passwordConfirmation) {

    public NewUserForm {
        email = UserForms.trim(email);
        displayName = UserForms.trim(displayName);
        role = UserForms.trim(role);
    }

    static NewUserForm empty() {
        return new NewUserForm("", "", Role.EDITOR.name(), null, null);
    }
}
