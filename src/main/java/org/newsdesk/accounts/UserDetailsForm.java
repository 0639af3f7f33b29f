package org.newsdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A user's name and role, as an admin changes them. Public so that templates can read it. */
public record UserDetailsForm(
        @UserName
        String displayName,
        @NotBlank(message = "{admin.users.role.required}")
        @Pattern(regexp = "^$|ADMIN|EDITOR", message = "{admin.users.role.required}")
        String role) {

    public UserDetailsForm {
        displayName = UserForms.trim(displayName);
        role = UserForms.trim(role);
    }

    static UserDetailsForm of(UserRow user) {
        return new UserDetailsForm(user.displayName(), user.role());
    }
}
