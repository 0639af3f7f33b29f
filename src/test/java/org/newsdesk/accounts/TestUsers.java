package org.newsdesk.accounts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Puts users straight into the test database, with passwords hashed by the application's own
 * encoder, and empties the accounts tables (users, sessions, sign-in throttling) between tests.
 */
public class TestUsers {

    /** A password that every rule accepts. */
    public static final String PASSWORD = "long enough password 1";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;

    public TestUsers(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
    }

    /** No users, no sessions, no failed sign-ins: each test starts from nothing. */
    public void clear() {
        jdbc.sql("truncate users, user_entities, login_failures, login_locks, spring_session, spring_session_attributes restart identity cascade")
                .update();
        // No second factor required, as on a new site.
        jdbc.sql("update second_factor_policy set admins_required = false, editors_required = false").update();
    }

    public long editor(String email, String displayName) {
        return create(email, displayName, "EDITOR", PASSWORD, true);
    }

    public long admin(String email, String displayName) {
        return create(email, displayName, "ADMIN", PASSWORD, true);
    }

    public long create(String email, String displayName, String role, String password, boolean enabled) {
        return jdbc.sql("""
                        insert into users (email, display_name, password_hash, role, enabled, created_at)
                        values (?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(email, displayName, passwordEncoder.encode(password), role, enabled,
                        OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
                .query(Long.class).single();
    }

    public boolean passwordIs(String email, String password) {
        String hash = jdbc.sql("select password_hash from users where email = ?").param(email).query(String.class).single();
        return passwordEncoder.matches(password, hash);
    }

    public String role(String email) {
        return jdbc.sql("select role from users where email = ?").param(email).query(String.class).single();
    }

    public boolean enabled(String email) {
        return jdbc.sql("select enabled from users where email = ?").param(email).query(Boolean.class).single();
    }

    public Optional<Instant> lastLoginAt(String email) {
        return jdbc.sql("select last_login_at from users where email = ?").param(email)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
                .single();
    }

    public long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    public long sessionsOf(String email) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email).query(Long.class).single();
    }
}
