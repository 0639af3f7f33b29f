package org.newsdesk.site;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The site's texts: the one way Java code reads a message. In a request, in the page's language
 * (the language of its address: {@code web.PageLanguages}, which Spring MVC makes the request's
 * locale); outside a request, or with {@link #in(Language, String, Object...)}, in the language asked
 * for or the site's configured one ({@code newsdesk.site.locale}). Never the reader's browser language.
 */
@Component
public class Messages {

    private final MessageSource source;
    private final Locale siteLocale;

    Messages(MessageSource source, SiteProperties site) {
        this.source = source;
        this.siteLocale = site.locale();
    }

    /** The text of {@code key} with its {@code {0}}, {@code {1}}… filled in. */
    public String get(String key, Object... arguments) {
        return source.getMessage(key, arguments, locale());
    }

    /** The text of {@code key} in a given language. */
    public String in(Language language, String key, Object... arguments) {
        return source.getMessage(key, arguments, language.locale());
    }

    /** The text of a message given with its arguments and fallbacks, such as a refusal's. */
    public String get(MessageSourceResolvable message) {
        return source.getMessage(message, locale());
    }

    private Locale locale() {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        Locale locale = context == null ? null : context.getLocale();
        return locale == null ? siteLocale : locale;
    }
}
