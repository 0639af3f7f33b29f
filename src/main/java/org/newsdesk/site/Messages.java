package org.newsdesk.site;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The site's texts in the site's language: the one way Java code reads a message. Pages are in
 * one language per site ({@code newsdesk.site.locale}), not in the reader's browser language.
 */
@Component
public class Messages {

    private final MessageSourceAccessor accessor;

    Messages(MessageSource source, SiteProperties site) {
        this.accessor = new MessageSourceAccessor(source, site.locale());
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in. */
    public String get(String key, Object... arguments) {
        return accessor.getMessage(key, arguments);
    }

    /** The text of a message given with its arguments and fallbacks, such as a refusal's. */
    public String get(MessageSourceResolvable message) {
        return accessor.getMessage(message);
    }
}
