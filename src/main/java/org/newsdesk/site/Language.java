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

    EN("en", "", Locale.ENGLISH, "newsdesk_english", "news", "tags", "archive", "search", "page",
            "d MMMM yyyy", "MMMM yyyy"),
    ES("es", "/es", Locale.forLanguageTag("es"), "newsdesk_spanish", "noticias", "temas", "archivo", "buscar", "pagina",
            "d 'de' MMMM 'de' yyyy", "MMMM 'de' yyyy");

    private final String code;
    private final String prefix;
    private final Locale locale;
    private final String searchConfiguration;
    private final String itemWord;
    private final String topicsWord;
    private final String archiveWord;
    private final String searchWord;
    private final String pageWord;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter monthFormat;

    Language(String code, String prefix, Locale locale, String searchConfiguration, String itemWord, String topicsWord,
             String archiveWord, String searchWord, String pageWord, String datePattern, String monthPattern) {
        this.code = code;
        this.prefix = prefix;
        this.locale = locale;
        this.searchConfiguration = searchConfiguration;
        this.itemWord = itemWord;
        this.topicsWord = topicsWord;
        this.archiveWord = archiveWord;
        this.searchWord = searchWord;
        this.pageWord = pageWord;
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern, locale);
        this.monthFormat = DateTimeFormatter.ofPattern(monthPattern, locale);
    }

    /** The ISO 639-1 code: {@code en}, {@code es}; also the value stored in {@code news_items.language} and used in hreflang. */
    public String code() {
        return code;
    }

    /** The path prefix of this language's pages: empty for English, {@code /es} for Spanish. */
    public String prefix() {
        return prefix;
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
        return itemWord;
    }

    public String topicsWord() {
        return topicsWord;
    }

    public String archiveWord() {
        return archiveWord;
    }

    public String searchWord() {
        return searchWord;
    }

    public String pageWord() {
        return pageWord;
    }

    /** A day as readers of this language write it: "4 December 2017", "4 de diciembre de 2017". */
    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /** A month and year: "December 2017", "diciembre de 2017". */
    public DateTimeFormatter monthFormat() {
        return monthFormat;
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
        if (path != null && path.startsWith(ES.prefix) && (path.length() == ES.prefix.length() || path.charAt(ES.prefix.length()) == '/')) {
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
