package org.newsdesk.freshness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

/**
 * Hears every content change committed to the database, whoever made it (this instance, another
 * one, an import, psql): the {@code bump_content_version} trigger (V30, V50) sends the new
 * content version on the channel {@value #CHANNEL} when its transaction commits, and this
 * listener, on a connection of its own (not one of the pool's), passes it on to
 * {@link ContentVersions}, which then forgets the version it remembered. Another instance's
 * publication therefore shows here within milliseconds.
 *
 * <p>Only while it listens may {@link ContentVersions} remember the version at all. When the
 * connection is lost (a database restart, a network fault; a silent connection is checked every
 * few seconds) nothing is remembered, so every request asks the database as if nobody
 * listened, and the listener reconnects with a growing pause (0.1 s up to 5 s). Changes made in
 * between were not heard, so on reconnecting it starts from a forgotten version.
 */
public final class ContentChangeListener implements SmartLifecycle {

    static final String CHANNEL = "newsdesk_content";

    private static final Log logger = LogFactory.getLog(ContentChangeListener.class);

    /** How long one wait for notifications lasts: also how soon a stop is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notification, the connection is checked. */
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final int CHECK_TIMEOUT_SECONDS = 2;
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);

    private final JdbcConnectionDetails database;
    private final ContentVersions versions;
    private volatile boolean running;
    private volatile Thread thread;

    ContentChangeListener(JdbcConnectionDetails database, ContentVersions versions) {
        this.database = database;
        this.versions = versions;
    }

    @Override
    public void start() {
        running = true;
        Thread listening = new Thread(this::listen, "newsdesk-content-changes");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
            try {
                listening.join(2 * WAIT_MILLIS + 1000);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        versions.unwatch();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        Duration retry = FIRST_RETRY;
        boolean lost = false;
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                versions.watch();
                if (lost) {
                    logger.info("Listening for content changes again; the content version is remembered again.");
                    lost = false;
                }
                retry = FIRST_RETRY;
                receive(connection);
            }
            catch (SQLException | RuntimeException e) {
                versions.unwatch();
                if (!running) {
                    break;
                }
                if (!lost) {
                    logger.warn("Cannot listen for content changes (" + e.getMessage() + "); until this is back, every "
                            + "request asks the database for the content version. Trying again.");
                    lost = true;
                }
                else if (logger.isDebugEnabled()) {
                    logger.debug("Still cannot listen for content changes: " + e.getMessage());
                }
                if (!pause(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
        versions.unwatch();
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                for (PGNotification notification : notifications) {
                    versions.changed(version(notification.getParameter()));
                }
                quietSince = System.nanoTime();
            }
            else if (System.nanoTime() - quietSince > QUIET.toNanos()) {
                // A half-open connection (a network fault) would otherwise stay silent for ever.
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("the listening connection stopped answering");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", "newsdesk content changes");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(database.getJdbcUrl(), properties);
    }

    /** The version a notification carries; anything else means "something changed". */
    private static long version(String payload) {
        try {
            return Long.parseLong(payload);
        }
        catch (NumberFormatException notAVersion) {
            return Long.MAX_VALUE;
        }
    }

    /** Waits before the next try; false when stopped meanwhile. */
    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        }
        catch (InterruptedException e) {
            return false;
        }
    }
}
