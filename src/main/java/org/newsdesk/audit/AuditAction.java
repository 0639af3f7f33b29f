package org.newsdesk.audit;

/**
 * What an audit entry records. Stored by name (never rename one: old entries keep it); the
 * screen shows each with its text {@code audit.action.NAME}.
 */
public enum AuditAction {
    /** Signed in (the details say how: password, second factor, passkey). */
    SIGN_IN,
    /** A wrong email or password (or a disabled account): the subject is the email as typed. */
    SIGN_IN_FAILED,
    /** A sign-in refused because the account or the address is locked for a while. */
    SIGN_IN_THROTTLED,
    /** The second step of a sign-in: a right authenticator code or recovery code. */
    SECOND_FACTOR_PASSED,
    /** The second step of a sign-in: a wrong, reused or late code. */
    SECOND_FACTOR_FAILED,
    SIGN_OUT,

    ITEM_CREATED,
    ITEM_SAVED,
    ITEM_PUBLISHED,
    ITEM_SCHEDULED,
    ITEM_RETURNED_TO_DRAFT,
    ITEM_WITHDRAWN,
    ITEM_RESTORED,
    ITEM_DELETED,
    /** Two items linked as translations of each other (the details name the other one). */
    ITEM_TRANSLATION_LINKED,
    ITEM_TRANSLATION_UNLINKED,

    IMPORT,
    EXPORT,

    TAG_RENAMED,
    TAG_MERGED,
    TAG_DELETED,

    USER_CREATED,
    USER_CHANGED,
    USER_DISABLED,
    USER_ENABLED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,

    /** A user added a second factor (an authenticator app, a passkey). */
    FACTOR_ADDED,
    /** A user removed one of their second factors. */
    FACTOR_REMOVED,
    /** An admin removed every second factor of a user. */
    FACTORS_RESET,
    /** An admin changed who must have a second factor. */
    SECOND_FACTOR_POLICY_CHANGED
}
