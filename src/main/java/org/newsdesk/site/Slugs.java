package org.newsdesk.site;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The URL-safe names of items and tags: lowercase ASCII letters, digits and single hyphens,
 * at most {@value #MAX_LENGTH} characters. "Migración en Centroamérica" becomes
 * {@code migracion-en-centroamerica}.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Letters that Unicode does not decompose into a base letter and an accent. */
    private static final Map<String, String> LETTERS = Map.of(
            "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "đ", "d", "ł", "l", "þ", "th", "ð", "d", "ı", "i", "&", " and ");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** A slug made from any text; empty when the text has no letter or digit at all. */
    public static String fromText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : LETTERS.entrySet()) {
            lower = lower.replace(letter.getKey(), letter.getValue());
        }
        String withoutAccents = COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        String slug = trimHyphens(NOT_SLUG.matcher(withoutAccents).replaceAll("-"));
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            // Cut at a word boundary when there is one in the second half.
            if (lastHyphen > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastHyphen);
            }
            slug = trimHyphens(slug);
        }
        return slug;
    }

    /**
     * The slug allocator: the first of {@code base}, {@code base-2}, {@code base-3}… that is not
     * taken, the base cut short when base and number would pass {@value #MAX_LENGTH} characters.
     * Items and tags find a free slug this one way.
     */
    public static String firstFree(String base, Predicate<String> taken) {
        String candidate = base;
        for (int number = 2; taken.test(candidate); number++) {
            String suffix = "-" + number;
            String stem = base.length() + suffix.length() > MAX_LENGTH
                    ? trimHyphens(base.substring(0, MAX_LENGTH - suffix.length())) : base;
            candidate = stem + suffix;
        }
        return candidate;
    }

    private static String trimHyphens(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
