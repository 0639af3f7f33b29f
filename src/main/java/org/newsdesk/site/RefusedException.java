package org.newsdesk.site;

/**
 * A change the rules refuse: the one refusal type of the application. It carries the domain's
 * reason (an enum of the module that refuses, never a message key: the web layer chooses the
 * words), the form field it concerns (null: the whole form) and the values the message names.
 * Thrown inside the transaction, so nothing of the change is kept.
 */
public class RefusedException extends RuntimeException {

    private final Enum<?> reason;
    private final String field;
    private final transient Object[] arguments;

    public RefusedException(Enum<?> reason, String field, Object... arguments) {
        super(reason.getDeclaringClass().getSimpleName() + "." + reason.name(), null, false, false);
        this.reason = reason;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** The reason, an enum constant of the refusing module. */
    public Enum<?> reason() {
        return reason;
    }

    /** The form field, or null when the refusal concerns the whole form. */
    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
