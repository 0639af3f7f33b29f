package org.newsdesk.search;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns the text {@code ts_headline} returns into HTML that is safe to print as it is. PostgreSQL
 * marks the matched words with two private-use characters ({@link #START}, {@link #STOP}) that the
 * query strips from the text beforehand, so they can only come from the highlighting. The text
 * between markers is escaped; only the markers become {@code <mark>} elements, always balanced.
 */
final class HighlightedSnippet {

    static final char START = '\uE000';
    static final char STOP = '\uE001';
    static final String MARKERS = String.valueOf(START) + STOP;

    private HighlightedSnippet() {
    }

    static boolean hasHighlight(String headline) {
        return headline != null && headline.indexOf(START) >= 0;
    }

    /**
     * @param headline the output of {@code ts_headline}
     * @param fromHtml whether the headline was made from HTML with its tags removed, so that its
     *                 entities ({@code &amp;}, {@code &#39;}) stand for characters and are decoded first
     */
    static String toHtml(String headline, boolean fromHtml) {
        String text = headline == null ? "" : headline.strip().replaceAll("\\s+", " ");
        StringBuilder html = new StringBuilder(text.length() + 64);
        boolean open = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : STOP;
            if (c != START && c != STOP) {
                continue;
            }
            html.append(escape(text.substring(from, i), fromHtml));
            if (c == START && !open) {
                html.append("<mark>");
                open = true;
            }
            else if (c == STOP && open) {
                html.append("</mark>");
                open = false;
            }
            from = i + 1;
        }
        return html.toString();
    }

    private static String escape(String segment, boolean fromHtml) {
        String text = fromHtml ? HtmlUtils.htmlUnescape(segment) : segment;
        // A decoded entity could stand for a marker character: it is text, never markup.
        return HtmlUtils.htmlEscape(text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), ""), "UTF-8");
    }
}
