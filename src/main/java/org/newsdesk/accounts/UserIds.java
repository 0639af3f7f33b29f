package org.newsdesk.accounts;

/** A user id from a URL: anything but a positive number is a 404, never a 400 or a 500. */
final class UserIds {

    private UserIds() {
    }

    static long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new UserNotFoundException();
        }
        return Long.parseLong(id);
    }
}
