package org.newsdesk.seo;

/**
 * Shortens text for places with a length limit (a meta description, a headline) at a word
 * boundary, with an ellipsis, never inside a word unless the text has no boundary near the limit.
 */
final class ShortText {

    private static final String ELLIPSIS = "…";
    private static final String TRAILING_PUNCTUATION = ",;:.-–—";

    private ShortText() {
    }

    /** The text with its white space collapsed, at most {@code max} characters (code points) long. */
    static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.strip().replaceAll("\\s+", " ");
        if (clean.codePointCount(0, clean.length()) <= max) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, max - ELLIPSIS.length());
        int space = clean.lastIndexOf(' ', end);
        // A boundary in the last third is near enough; a longer word is cut where the limit falls.
        if (space > clean.offsetByCodePoints(0, (max * 2) / 3)) {
            end = space;
        }
        String shortened = clean.substring(0, end).stripTrailing();
        while (!shortened.isEmpty() && TRAILING_PUNCTUATION.indexOf(shortened.charAt(shortened.length() - 1)) >= 0) {
            shortened = shortened.substring(0, shortened.length() - 1).stripTrailing();
        }
        return shortened + ELLIPSIS;
    }
}
