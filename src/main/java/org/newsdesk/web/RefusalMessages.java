package org.newsdesk.web;

import java.util.function.Function;

import org.newsdesk.site.RefusedException;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The words for one module's refusals, and the one way a refusal reaches the editor: as an error
 * on the form (next to its field, or above the form when it names none) or as a message to resolve
 * for a flash. The module's domain says why it refuses (an enum); this maps each reason to a
 * message key, so that no domain code knows about messages.
 */
public final class RefusalMessages<R extends Enum<R>> {

    private final Class<R> reasons;
    private final Function<R, String> messageKeys;

    private RefusalMessages(Class<R> reasons, Function<R, String> messageKeys) {
        this.reasons = reasons;
        this.messageKeys = messageKeys;
    }

    /** {@code messageKeys} is best an exhaustive switch, so that a new reason cannot go without words. */
    public static <R extends Enum<R>> RefusalMessages<R> of(Class<R> reasons, Function<R, String> messageKeys) {
        return new RefusalMessages<>(reasons, messageKeys);
    }

    public String messageKey(RefusedException refused) {
        return messageKeys.apply(reasons.cast(refused.reason()));
    }

    /** The message with its arguments, for {@code MessageSource.getMessage(resolvable, locale)}. */
    public MessageSourceResolvable message(RefusedException refused) {
        return new DefaultMessageSourceResolvable(new String[] {messageKey(refused)}, refused.arguments());
    }

    /** Shows the refusal on the form: next to its field, or as an error of the whole form. */
    public void reject(BindingResult form, RefusedException refused) {
        if (refused.field() == null) {
            form.reject(messageKey(refused), refused.arguments(), null);
        }
        else {
            form.rejectValue(refused.field(), messageKey(refused), refused.arguments(), null);
        }
    }
}
