package org.newsdesk.accounts;

/** The first-admin settings cannot be used; says which and why, never echoing the password. */
class InvalidAdminSettingsException extends RuntimeException {

    InvalidAdminSettingsException(String problem) {
        super(problem, null, false, false);
    }
}
