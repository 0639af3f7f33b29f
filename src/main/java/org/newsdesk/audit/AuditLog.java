package org.newsdesk.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Adds an entry to the audit log: the one way entries are written (none is ever changed; the
 * database refuses it too). Who, when and from where are not the caller's to say: who is the
 * signed-in user (none for a sign-in that failed), when is the clock's instant, and the address
 * is the request's remote address, which Tomcat's RemoteIpValve has already taken from
 * {@code X-Forwarded-For} only when the connection came from a trusted proxy
 * ({@code newsdesk.proxies.trusted}): a client cannot choose what is recorded.
 *
 * <p>The entry is written in the caller's transaction when there is one, so it exists exactly
 * when the change it records committed; a refused or rolled-back change leaves no entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that the signed-in user (if any) did {@code action} to {@code subject}.
     *
     * @param subject what it was done to, in a few words ("item 42", a user's email, the email typed at sign-in)
     * @param details what else an admin reading the log needs (a title, a new name, counts), or null
     */
    @Transactional
    public void record(AuditAction action, String subject, String details) {
        jdbc.sql("""
                        insert into audit_entries (at, actor, client_address, action, subject, details)
                        values (:at, :actor, :address, :action, :subject, :details)
                        """)
                .param("at", clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC))
                // The limits are V70's check constraints.
                .param("actor", cut(currentUser(), 320))
                .param("address", cut(clientAddress(), 100))
                .param("action", action.name())
                .param("subject", cut(subject, 400))
                .param("details", cut(details, 1000))
                .update();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    /** The address the request came from, as the trusted-proxy valve left it; none outside a request (a job). */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }

    /** At most {@code max} characters, and text PostgreSQL can store (no NUL). */
    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        String storable = text.replace('\0', '\uFFFD');
        return storable.length() > max ? storable.substring(0, max - 1) + "…" : storable;
    }

}
