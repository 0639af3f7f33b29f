package org.newsdesk.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions (in PostgreSQL, through Spring Session) of one user. A user who is disabled, whose
 * role changes or whose password is reset is signed out everywhere at once, so that the change
 * takes effect now and not when a session happens to expire.
 */
@Component
record SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {

    void signOutEverywhere(String email) {
        signOutExcept(email, null);
    }

    /** Ends every session of the user but the one given (the one they are using now), if any. */
    void signOutExcept(String email, String keptSessionId) {
        for (String id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
            }
        }
    }
}
