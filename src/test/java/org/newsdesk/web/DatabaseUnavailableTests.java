package org.newsdesk.web;

import java.sql.SQLException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as "the database did not answer": the failures bench/cluster.sh met while
 * PostgreSQL restarted under load.
 */
class DatabaseUnavailableTests {

    @Test
    void aRollbackThatFoundThePoolsConnectionClosedIsTheDatabaseRestarting() {
        // bench/cluster.sh, 2026-12-04: PostgreSQL ended an item page's read-only transaction
        // (57P01), HikariCP closed the connection, and the rollback's failure replaced the first
        // one; the reader got a 500 instead of the 503 page.
        JpaSystemException failure = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DatabaseUnavailable.isCause(failure)).isTrue();
        assertThat(DatabaseUnavailable.reason(failure)).isEqualTo("Connection is closed");
    }

    @Test
    void aServerEndingTheConnectionIsTheDatabaseRestarting() {
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new TransactionException("query failed",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(new TransactionException("Unable to rollback",
                new SQLException("Connection is closed", "42000"))))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new SQLException("syntax error at or near", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("Connection is closed"))).isFalse();
    }
}
