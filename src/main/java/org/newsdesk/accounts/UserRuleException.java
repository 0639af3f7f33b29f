package org.newsdesk.accounts;

/**
 * A change to a user that the rules refuse, with the message key to show (next to {@code field}
 * when there is one). Thrown inside the transaction, so nothing of the change is kept.
 */
class UserRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    UserRuleException(String field, String messageKey) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
