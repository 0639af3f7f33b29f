package org.newsdesk.site;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The site's texts in the site's language: the one way Java code reads a message. Pages are in
 * one language per site ({@code newsdesk.site.locale}), not in the reader's browser language.
 */
@Component
public class Messages {

    private final MessageSource source;
    private final Locale locale;

    Messages(MessageSource source, SiteProperties site) {
        this.source = source;
        this.locale = site.locale();
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in. */
    public String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, locale);
    }

    /** The text of a message given with its arguments and fallbacks, such as a refusal's. */
    public String get(MessageSourceResolvable message) {
        return source.getMessage(message, locale);
    }
}
