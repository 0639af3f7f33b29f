package org.newsdesk.site;

import java.text.Normalizer;

/**
 * Text as the site keeps it: in Unicode's composed form (NFC), so that "Migración" typed with a
 * precomposed "ó" or with "o" and a combining accent is one word, one tag, one search; and text
 * made only of spaces of any kind (no-break, ideographic, the U+2000 block, zero-width spaces and
 * joiners, byte-order marks, soft hyphens, Hangul fillers…) counts as empty, so that "required"
 * means something a reader can see. Every piece of text from outside goes through here once:
 * request parameters ({@code web.UnicodeParametersFilter}) and both imports.
 */
public final class UnicodeText {

    private UnicodeText() {
    }

    /** NFC, or "" when the text holds nothing a reader can see; null stays null. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        if (isBlank(text)) {
            return "";
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether the text is null, empty or made only of characters that show as space or as nothing at all. */
    public static boolean isBlank(CharSequence text) {
        return text == null || text.codePoints().allMatch(UnicodeText::isSpace);
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                // Format characters (Cf): zero-width space and joiners, U+2060, U+FEFF, U+180E, soft hyphen, direction marks.
                || Character.getType(c) == Character.FORMAT
                // Letters and marks that draw nothing: the combining grapheme joiner, Hangul fillers, Khmer inherent vowels.
                || c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x17B4 || c == 0x17B5;
    }
}
