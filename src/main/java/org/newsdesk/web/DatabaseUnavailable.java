package org.newsdesk.web;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The one rule for "the database did not answer in time": no pool connection within Hikari's
 * {@code connection-timeout}, a statement stopped by {@code statement_timeout} or
 * {@code lock_timeout}, a connection refused, lost or closed by a restarting server (also when
 * only the rollback after it failed, on the connection the pool had closed meanwhile). Such a
 * failure says nothing about the request: it is answered with 503 and {@code Retry-After}
 * ({@link DatabaseUnavailableFilter}), or with the page the page cache still holds.
 */
public final class DatabaseUnavailable {

    /**
     * PostgreSQL's SQLSTATEs: query_canceled (the statement timeout), lock_not_available (the lock
     * timeout), admin_shutdown, crash_shutdown, cannot_connect_now (a restarting server),
     * too_many_connections; class 08 is every connection exception.
     */
    private static final Set<String> STATES = Set.of("57014", "55P03", "57P01", "57P02", "57P03", "53300");

    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /** A short description of the database failure behind {@code failure}, or null when it is something else. */
    public static String reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && (sql instanceof SQLTransientException || unavailable(sql.getSQLState())
                    || closedByThePool(sql))) {
                return firstLine(sql.getMessage());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return firstLine(cause.getMessage());
            }
        }
        return null;
    }

    public static boolean isCause(Throwable failure) {
        return reason(failure) != null;
    }

    /**
     * HikariCP's answer, without a SQLSTATE, on a connection it has already closed because the
     * server ended it: seen when a restarting PostgreSQL ended a read-only transaction's connection,
     * and the rollback that followed (whose failure replaces the first one) found it closed.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && HIKARI_CLOSED.equals(failure.getMessage());
    }

    private static boolean unavailable(String state) {
        return state != null && (state.startsWith("08") || STATES.contains(state));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
