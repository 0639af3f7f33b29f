package org.newsdesk.accounts;

/**
 * What a user may do. Editors run the content (items, tags, import and export); admins also
 * manage the users. Spring Security sees them as {@code ROLE_EDITOR} and {@code ROLE_ADMIN}.
 */
enum Role {
    ADMIN,
    EDITOR;

    String authority() {
        return "ROLE_" + name();
    }
}
