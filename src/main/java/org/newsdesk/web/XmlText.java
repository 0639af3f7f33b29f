package org.newsdesk.web;

/**
 * Text made fit for an XML document (a feed, a sitemap): XML 1.0 cannot carry most control
 * characters at all, not even escaped, and an editor may paste one into a title unseen.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text without the characters XML 1.0 forbids; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!allowed(c) && clean == null) {
                clean = new StringBuilder(text.length()).append(text, 0, i);
            }
            else if (allowed(c) && clean != null) {
                clean.appendCodePoint(c);
            }
            i = next;
        }
        return clean == null ? text : clean.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
