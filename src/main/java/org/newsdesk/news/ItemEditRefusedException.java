package org.newsdesk.news;

/**
 * A save that breaks a publishing or slug rule ("a scheduled date must be in the future", "this
 * address belongs to another item"). It names the form field it concerns (null: the whole item)
 * and a message code with its arguments, so that the form shows the message next to the field.
 */
public class ItemEditRefusedException extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public ItemEditRefusedException(String field, String code, Object... arguments) {
        super(code, null, false, false);
        this.field = field;
        this.code = code;
        this.arguments = arguments;
    }

    /** The form field, or null when the message concerns the whole item. */
    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
