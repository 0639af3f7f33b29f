package org.newsdesk.accounts;

import org.newsdesk.web.RefusalMessages;

/** The words for each {@link UserRefusal}, for the users' screens and "Your account". */
final class UserRefusalMessages {

    static final RefusalMessages<UserRefusal> USERS = RefusalMessages.of(UserRefusal.class, reason -> switch (reason) {
        case EMAIL_TAKEN -> "admin.users.email.taken";
        case OWN_ROLE -> "admin.users.role.notYourself";
        case DISABLE_YOURSELF -> "admin.users.disable.notYourself";
        case RESET_OWN_PASSWORD -> "admin.users.password.notYourself";
        case CURRENT_PASSWORD_WRONG -> "admin.account.currentPassword.wrong";
        case LAST_ADMIN -> "admin.users.lastAdmin";
        case CODE_WRONG -> "factors.enrol.codeWrong";
    });

    private UserRefusalMessages() {
    }
}
