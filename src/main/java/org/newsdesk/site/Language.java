package org.newsdesk.site;

import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.Month;
import java.util.Locale;

/**
 * The languages the site publishes in, and everything that differs between them in one place:
 * the path prefix and the words of public paths, the locale of texts and dates, the text search
 * configuration (V82) and the date formats. English keeps the site's original addresses (no prefix);
 * Spanish lives under {@code /es}. {@code news.NewsLinks} builds every public path from these words.
 */
public enum Language {

    EN("en", Locale.ENGLISH, "newsdesk_english", new Paths("", "news", "tags", "archive", "search", "page"),
            "d MMMM yyyy", "MMMM yyyy"),
    ES("es", Locale.forLanguageTag("es"), "newsdesk_spanish", new Paths("/es", "noticias", "temas", "archivo", "buscar", "pagina"),
            "d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy");

    /** The prefix and the words of a language's public paths. */
    private record Paths(String prefix, String item, String topics, String archive, String search, String page) {
    }

    private final String code;
    private final Locale locale;
    private final String searchConfiguration;
    private final Paths paths;
    private final DateTimeFormatter[] formats;

    Language(String code, Locale locale, String searchConfiguration, Paths paths, String datePattern, String monthPattern) {
        this.code = code;
        this.locale = locale;
        this.searchConfiguration = searchConfiguration;
        this.paths = paths;
        this.formats = new DateTimeFormatter[] {DateTimeFormatter.ofPattern(datePattern, locale),
                DateTimeFormatter.ofPattern(monthPattern, locale)};
    }

    /** The ISO 639-1 code: {@code en}, {@code es}; also the value stored in {@code news_items.language} and used in hreflang. */
    public String code() {
        return code;
    }

    /** The path prefix of this language's pages: empty for English, {@code /es} for Spanish. */
    public String prefix() {
        return paths.prefix();
    }

    public Locale locale() {
        return locale;
    }

    /** {@code og:locale}: {@code en_US}-style, as Open Graph wants it. */
    public String openGraphLocale() {
        return this == ES ? "es_ES" : "en_US";
    }

    /** The PostgreSQL text search configuration of this language's items (V40, V82). */
    public String searchConfiguration() {
        return searchConfiguration;
    }

    public String itemWord() {
        return paths.item();
    }

    public String topicsWord() {
        return paths.topics();
    }

    public String archiveWord() {
        return paths.archive();
    }

    public String searchWord() {
        return paths.search();
    }

    public String pageWord() {
        return paths.page();
    }

    /** A day as readers of this language write it: "4 December 2017", "4 de diciembre de 2017". */
    public DateTimeFormatter dateFormat() {
        return formats[0];
    }

    /** A month and year: "December 2017", "diciembre de 2017". */
    public DateTimeFormatter monthFormat() {
        return formats[1];
    }

    /** A month's name on its own: "December", "diciembre". */
    public String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** The other language: where the language switch leads. */
    public Language other() {
        return this == EN ? ES : EN;
    }

    /** The language of a public path: Spanish for {@code /es} and below, else English. */
    public static Language ofPath(String path) {
        String prefix = ES.prefix();
        if (path != null && path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
            return ES;
        }
        return EN;
    }

    /** The language of a locale, a code or a tag ({@code es}, {@code es-CR}); English for anything else. */
    public static Language of(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? ES : EN;
    }

    /** The language of a stored or typed code ({@code en}, {@code es}, any case); null if it is neither. */
    public static Language ofCode(String code) {
        if (code == null) {
            return null;
        }
        for (Language language : values()) {
            if (language.code.equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        return null;
    }
}
