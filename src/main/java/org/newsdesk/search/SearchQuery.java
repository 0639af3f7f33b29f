package org.newsdesk.search;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * What a reader typed, made safe to hand to PostgreSQL: control, format, private-use and
 * unpaired surrogate characters removed (PostgreSQL refuses NUL, and the snippet markers are
 * private-use characters), Unicode composed (NFC), white space collapsed, cut at
 * {@value #MAX_LENGTH} characters. The text is then parsed by {@code websearch_to_tsquery}, which
 * accepts any text without error: quoted phrases, {@code or}, {@code -excluded}.
 *
 * <p>The last word also matches as a prefix ("traffick" finds "trafficking"), unless it is
 * excluded, inside quotes, an operator, or shorter than {@value #MIN_PREFIX_LENGTH} letters (a
 * one- or two-letter prefix matches almost everything and costs a scan of the whole index).
 *
 * @param text the cleaned query, as searched and as shown back in the search box
 * @param prefix the last word as a {@code to_tsquery} prefix term ({@code 'traffick':*}), or null
 * @param rest the text before that last word (without the "or" that joins them), or null when there is no prefix
 * @param form how the prefix term joins the rest of the query
 */
record SearchQuery(String text, String prefix, String rest, Form form) {

    static final int MAX_LENGTH = 200;
    static final int MIN_PREFIX_LENGTH = 3;

    /**
     * How the tsquery is built. The prefix term matches whatever the last word as typed matches,
     * so where the query's structure allows, it simply takes that word's place; the planner then
     * estimates one clean condition.
     */
    enum Form {
        /** No prefix: {@code websearch(text)}. */
        PLAIN,
        /** One word: {@code prefix}. */
        PREFIX,
        /** Words, then the last one: {@code websearch(rest) && prefix}. */
        AND_PREFIX,
        /** "… or word": {@code websearch(rest) || prefix}. */
        OR_PREFIX,
        /**
         * An {@code or} earlier in the query binds looser than the last word's AND ("a or b c" is
         * "a or (b and c)"), so the query as typed and the prefix form are joined:
         * {@code websearch(text) || (websearch(rest) && prefix)}.
         */
        EITHER
    }

    static SearchQuery parse(String raw) {
        String text = clean(raw);
        int quotes = (int) text.chars().filter(c -> c == '"').count();
        String[] tokens = text.split(" ");
        String last = tokens[tokens.length - 1];
        if (text.isEmpty() || quotes % 2 == 1 || last.startsWith("-") || last.contains("\"")
                || last.equalsIgnoreCase("or")) {
            return plain(text);
        }
        int start = last.length();
        while (start > 0 && Character.isLetterOrDigit(last.codePointBefore(start))) {
            start = last.offsetByCodePoints(start, -1);
        }
        String word = last.substring(start);
        if (word.codePointCount(0, word.length()) < MIN_PREFIX_LENGTH) {
            return plain(text);
        }
        String rest = text.substring(0, text.length() - word.length());
        String[] before = Arrays.copyOf(tokens, tokens.length - 1);
        Form form;
        if (rest.isBlank()) {
            form = Form.PREFIX;
        }
        else if (start == 0 && before[before.length - 1].equalsIgnoreCase("or")) {
            form = Form.OR_PREFIX;
            // The "or" joins the rest to the prefix term: left at the end of the rest, Spanish (where
            // "or" is no stopword) would search it as a word that every match must contain.
            rest = rest.substring(0, rest.length() - "or ".length());
        }
        else if (Arrays.stream(before).anyMatch(token -> token.equalsIgnoreCase("or"))) {
            form = Form.EITHER;
        }
        else {
            form = Form.AND_PREFIX;
        }
        // Only letters and digits go between the quotes: nothing in the word can end the term early.
        return new SearchQuery(text, "'" + word + "':*", rest, form);
    }

    private static SearchQuery plain(String text) {
        return new SearchQuery(text, null, null, Form.PLAIN);
    }

    boolean isBlank() {
        return text.isEmpty();
    }

    boolean hasPrefix() {
        return prefix != null;
    }

    /** The last word as a whole {@code to_tsquery} term ({@code 'traffick'}), or null when there is no prefix. */
    String word() {
        return prefix == null ? null : prefix.substring(0, prefix.length() - ":*".length());
    }

    private static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(Math.min(raw.length(), 4 * MAX_LENGTH));
        // A bound on the work done for absurdly long input; the cut below is the real limit.
        int end = Math.min(raw.length(), 8 * MAX_LENGTH);
        for (int i = 0; i < end; ) {
            int codePoint = raw.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                kept.append(' ');
            }
            else if (isKept(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
        }
        String text = Normalizer.normalize(kept, Normalizer.Form.NFC).replaceAll(" {2,}", " ").strip();
        if (text.length() > MAX_LENGTH) {
            int cut = Character.isLowSurrogate(text.charAt(MAX_LENGTH)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, cut).strip();
        }
        return text;
    }

    private static boolean isKept(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
                 Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
