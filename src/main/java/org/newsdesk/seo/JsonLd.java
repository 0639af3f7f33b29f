package org.newsdesk.seo;

/**
 * One block of structured data, ready to be printed unescaped inside
 * {@code <script type="application/ld+json">}. Only {@link StructuredData} makes them, from JSON
 * written by Jackson and escaped so that nothing in it can end the script element.
 */
public final class JsonLd {

    private final String script;

    JsonLd(String script) {
        this.script = script;
    }

    /** JSON in which {@code <}, {@code >}, {@code &}, U+2028 and U+2029 appear only as {@code \}{@code uXXXX} escapes. */
    public String script() {
        return script;
    }

    @Override
    public String toString() {
        return script;
    }
}
