package org.newsdesk;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;

import org.newsdesk.accounts.TestUsers;
import org.newsdesk.audit.TestAudit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What every integration test starts from, so that each one states only what is particular to
 * it: the whole application (one Spring context shared by all of them, see
 * {@link NewsdeskIntegrationTest}), a database with no items, tags, users, sessions or audit entries, the clock
 * at {@link #NOW}, a reader's {@link #http} client and an editor's {@link #admin} client.
 *
 * <p>A subclass's own {@code @BeforeEach} runs after {@link #startFromNothing()}, so it may
 * move the clock or add the rows its tests need.
 */
@NewsdeskIntegrationTest
public abstract class IntegrationTest {

    /** 15 June 2026, 12:00 UTC: 06:00 in Costa Rica, the site's time zone. */
    protected static final Instant NOW = TestDatabaseConfig.DEFAULT_NOW;

    /** The editor that {@link #admin} signs in as. */
    protected static final String ADMIN_CLIENT_EDITOR = "editor@example.org";

    @Autowired
    protected TestNews news;

    @Autowired
    protected TestUsers users;

    @Autowired
    protected MutableClock clock;

    /** The audit log, empty at the start of each test. */
    @Autowired
    protected TestAudit audit;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MockMvcTester mvc;

    @LocalServerPort
    protected int port;

    /** A reader or a crawler, over HTTP. */
    protected Http http;

    /** A signed-in editor in the admin, through MockMvc (no user row needed). */
    protected AdminClient admin;

    @BeforeEach
    void startFromNothing() {
        clock.set(NOW);
        news.clear();
        users.clear();
        audit.clear();
        http = new Http(port);
        admin = new AdminClient(mvc, ADMIN_CLIENT_EDITOR);
    }

    /** A browser-like client signed in through the real login form, as a user made with {@link #users}. */
    protected FormClient signedIn(String email) {
        FormClient client = new FormClient(port);
        client.signIn(email, TestUsers.PASSWORD);
        return client;
    }
}
