package org.newsdesk.accounts;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns bad first-admin settings into Spring Boot's short "APPLICATION FAILED TO START" report. */
class InvalidAdminSettingsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidAdminSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidAdminSettingsException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD (newsdesk.admin.email and newsdesk.admin.password): "
                        + "set both, with a password of at least " + PasswordRules.MIN_LENGTH
                        + " characters, or set neither to have a first admin with a random password printed in the log.",
                cause);
    }
}
