package org.newsdesk.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

import org.newsdesk.TestDatabase;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A fresh, empty database on the tests' PostgreSQL server, for tests that start app instances
 * of their own on it (several at once, one whose database they take away, one with pictures in S3);
 * dropped by {@link #drop()}.
 */
public final class OwnDatabase {

    final String name;

    private OwnDatabase(String name) {
        this.name = name;
    }

    public static OwnDatabase create(String purpose) {
        OwnDatabase database = new OwnDatabase(purpose + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE));
        onServer("create database " + database.name);
        return database;
    }

    /** The JDBC URL of this database: the tests' server, another database. */
    public String url() {
        return TestDatabase.connection().getJdbcUrl().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    /** No new connections, and every open one ended: to the app, the database is gone. */
    void takeAway() {
        onServer("alter database " + name + " with allow_connections false");
        onServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    void giveBack() {
        onServer("alter database " + name + " with allow_connections true");
    }

    /** How many connections the server has open to this database now. */
    long connections() {
        try (Connection connection = serverConnection();
             var query = connection.prepareStatement("select count(*) from pg_stat_activity where datname = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void drop() {
        onServer("drop database if exists " + name + " with (force)");
    }

    /** Runs {@code sql} on the server's own database (the one the tests' URL names). */
    static void onServer(String sql) {
        try (Connection connection = serverConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A connection of its own to the tests' database, outside any pool. */
    static Connection serverConnection() throws SQLException {
        JdbcConnectionDetails server = TestDatabase.connection();
        return DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
                server.getPassword() == null ? "" : server.getPassword());
    }
}
