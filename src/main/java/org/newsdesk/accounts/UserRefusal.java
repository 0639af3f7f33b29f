package org.newsdesk.accounts;

/** Why a change to a user is refused; {@link UserRefusalMessages} chooses the words. */
enum UserRefusal {
    EMAIL_TAKEN,
    OWN_ROLE,
    DISABLE_YOURSELF,
    /** An administrator's own password changes under "Your account", with the current one. */
    RESET_OWN_PASSWORD,
    CURRENT_PASSWORD_WRONG,
    /** The change would leave no enabled administrator. */
    LAST_ADMIN,
    /** The authenticator code typed to confirm an enrolment is not the app's current one. */
    CODE_WRONG
}
