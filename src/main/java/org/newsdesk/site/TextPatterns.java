package org.newsdesk.site;

/** What editors' text may contain: the patterns every form and import checks against. */
public final class TextPatterns {

    private TextPatterns() {
    }

    /** No C0 or C1 control character (tab, NUL, escape…) and no Unicode line or paragraph separator. */
    public static final String NO_CONTROL_CHARACTERS = "[^\\p{Cc}\\u2028\\u2029]*";
    /** As above, except CR and LF, which {@link #ONE_PARAGRAPH} reports with its own message. */
    public static final String NO_CONTROL_CHARACTERS_BUT_LINE_BREAKS = "[^\\x00-\\x09\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028\\u2029]*";
    /** A Markdown body has lines and may have tabs (code). */
    public static final String NO_CONTROL_CHARACTERS_BUT_LINES_AND_TABS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u2028\\u2029]*";
    public static final String ONE_PARAGRAPH = "[^\\r\\n]*";
}
