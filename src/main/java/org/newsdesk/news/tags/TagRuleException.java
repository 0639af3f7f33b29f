package org.newsdesk.news.tags;

/**
 * A tag change the rules refuse, with the message to show (next to {@code field} when there is
 * one). Thrown inside the transaction, so nothing of the change is kept.
 */
class TagRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    TagRuleException(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments;
    }
}
