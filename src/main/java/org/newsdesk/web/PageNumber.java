package org.newsdesk.web;

/**
 * Reads a page number from a URL strictly: digits only, from 1 up to a bound no listing can
 * reach. Anything else ("0", "-1", "abc", "99999999999999999999") is a 404, never a 400 or 500.
 */
public final class PageNumber {

    private static final int MAX_DIGITS = 7;

    private PageNumber() {
    }

    public static int parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new PageNotFoundException("Not a page number: " + text);
        }
        int number = Integer.parseInt(text);
        if (number < 1 || text.charAt(0) == '0') {
            throw new PageNotFoundException("Not a page number: " + text);
        }
        return number;
    }
}
