package org.newsdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.RefusedException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors, all in PostgreSQL so that every instance agrees: the authenticator app (TOTP)
 * each user may enrol, their recovery codes, and which roles must have a second factor. A code is
 * accepted once only, on any instance: the step it belongs to must be later than the last one
 * accepted, which a single conditional UPDATE records. Wrong codes count in the sign-in throttle,
 * as wrong passwords do.
 */
@Service
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SignedInSessions sessions;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, LoginThrottle throttle, AuditLog audit, SignedInSessions sessions, Clock clock) {
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Who must have a second factor. */
    record Policy(boolean adminsRequired, boolean editorsRequired) {

        boolean requires(Role role) {
            return role == Role.ADMIN ? adminsRequired : editorsRequired;
        }
    }

    @Transactional(readOnly = true)
    Policy policy() {
        return jdbc.sql("select admins_required, editors_required from second_factor_policy")
                .query((rs, row) -> new Policy(rs.getBoolean(1), rs.getBoolean(2))).single();
    }

    @Transactional
    void changePolicy(Policy policy) {
        Policy before = policy();
        jdbc.sql("update second_factor_policy set admins_required = ?, editors_required = ?")
                .params(policy.adminsRequired(), policy.editorsRequired()).update();
        if (!before.equals(policy)) {
            audit.record(AuditAction.SECOND_FACTOR_POLICY_CHANGED, "second factor",
                    "administrators " + (policy.adminsRequired() ? "required" : "optional") + ", editors "
                            + (policy.editorsRequired() ? "required" : "optional"));
        }
    }

    /** What a user who gave the right password must still do before they are signed in. */
    enum NextStep { NONE, CODE, ENROL }

    /**
     * A user with an authenticator app is asked for its code. Where a second factor is required, a
     * user with passkeys but no app is asked for one of their passkeys as the second step (a
     * passkey is a whole sign-in by itself, see {@link PasskeySignIn}), and a user with neither
     * must enrol one. Where none is required, a user without an app needs only the password, even
     * with passkeys: a passkey is then another way in, not a lock on the password.
     */
    @Transactional(readOnly = true)
    NextStep nextStep(String email, Role role) {
        if (hasAuthenticator(email)) {
            return NextStep.CODE;
        }
        if (!policy().requires(role)) {
            return NextStep.NONE;
        }
        return passkeys(email) > 0 ? NextStep.CODE : NextStep.ENROL;
    }

    /** How many passkeys the user has (Spring Security's tables, V90: a user entity's name is the email). */
    @Transactional(readOnly = true)
    long passkeys(String email) {
        return jdbc.sql("""
                        select count(*) from user_credentials c join user_entities e on e.id = c.user_entity_user_id
                        where e.name = ?
                        """)
                .param(email).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    boolean hasAuthenticator(String email) {
        return jdbc.sql("select count(*) > 0 from user_totp t join users u on u.id = t.user_id where lower(u.email) = lower(?)")
                .param(email).query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    long unusedRecoveryCodes(String email) {
        return jdbc.sql("""
                        select count(*) from user_recovery_codes c join users u on u.id = c.user_id
                        where lower(u.email) = lower(?) and c.used_at is null
                        """)
                .param(email).query(Long.class).single();
    }

    /**
     * Enrols the authenticator app that shows {@code code} for {@code secret} (the secret the
     * enrolment page showed, kept in the session meanwhile) and makes new recovery codes.
     *
     * @return the ten recovery codes, in clear: shown once, kept only as hashes
     */
    @Transactional
    List<String> enrol(String email, String secret, String code) {
        Instant now = clock.instant();
        OptionalLong step = secret == null ? OptionalLong.empty() : Totp.matchingStep(secret, code, now);
        if (step.isEmpty()) {
            throw new RefusedException(UserRefusal.CODE_WRONG, "code");
        }
        long userId = userId(email);
        jdbc.sql("""
                        insert into user_totp (user_id, secret, last_used_step, enrolled_at) values (?, ?, ?, ?)
                        on conflict (user_id) do update set secret = excluded.secret,
                            last_used_step = excluded.last_used_step, enrolled_at = excluded.enrolled_at
                        """)
                .params(userId, secret, step.getAsLong(), now.atOffset(ZoneOffset.UTC)).update();
        List<String> codes = newRecoveryCodes(userId);
        audit.record(AuditAction.FACTOR_ADDED, email, "authenticator app");
        return codes;
    }

    /** Removes one's own authenticator app and recovery codes. */
    @Transactional
    void removeAuthenticator(String email) {
        long userId = userId(email);
        jdbc.sql("delete from user_totp where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_recovery_codes where user_id = ?").param(userId).update();
        audit.record(AuditAction.FACTOR_REMOVED, email, "authenticator app");
    }

    /** An administrator removes every second factor of a user (passkeys too), who is signed out everywhere. */
    @Transactional
    void reset(long userId) {
        String email = jdbc.sql("select email from users where id = ?").param(userId).query(String.class).optional()
                .orElseThrow(UserNotFoundException::new);
        jdbc.sql("delete from user_totp where user_id = ?").param(userId).update();
        jdbc.sql("delete from user_recovery_codes where user_id = ?").param(userId).update();
        int passkeys = jdbc.sql("""
                        delete from user_credentials where user_entity_user_id in (select id from user_entities where name = ?)
                        """).param(email).update();
        jdbc.sql("delete from user_entities where name = ?").param(email).update();
        sessions.signOutEverywhere(email);
        audit.record(AuditAction.FACTORS_RESET, email, passkeys == 0 ? null
                : (passkeys == 1 ? "1 passkey" : passkeys + " passkeys") + " removed");
    }

    /** The outcome of the second step. */
    sealed interface Verdict {
        record Passed(String how) implements Verdict {
        }

        record Failed() implements Verdict {
        }

        record Throttled(Instant until) implements Verdict {
        }
    }

    /**
     * Checks the second step: a code of the user's authenticator app, not used before, or one of
     * their unused recovery codes (which is then used up). Locked accounts and addresses are
     * refused before anything is checked, and every failure counts in the throttle.
     */
    @Transactional
    Verdict verify(String email, String typed, String clientAddress) {
        Optional<Instant> locked = throttle.lockedUntil(email, clientAddress);
        if (locked.isPresent()) {
            audit.record(AuditAction.SIGN_IN_THROTTLED, email, "second step, locked until " + locked.get());
            return new Verdict.Throttled(locked.get());
        }
        Optional<String> how = acceptedCode(email, typed == null ? "" : typed.strip());
        if (how.isEmpty()) {
            throttle.recordFailure(email, clientAddress);
            audit.record(AuditAction.SECOND_FACTOR_FAILED, email, null);
            return new Verdict.Failed();
        }
        throttle.recordSuccess(email);
        audit.record(AuditAction.SECOND_FACTOR_PASSED, email, how.get());
        return new Verdict.Passed(how.get());
    }

    private Optional<String> acceptedCode(String email, String typed) {
        Optional<String> secret = jdbc.sql("""
                        select t.secret from user_totp t join users u on u.id = t.user_id
                        where lower(u.email) = lower(?) and u.enabled
                        """)
                .param(email).query(String.class).optional();
        if (secret.isEmpty() || typed.length() > 40) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(secret.get(), typed, clock.instant());
        if (step.isPresent()) {
            // Accepted only if no code of this step or a later one was accepted before: never twice.
            int accepted = jdbc.sql("""
                            update user_totp set last_used_step = :step
                            where user_id = (select id from users where lower(email) = lower(:email))
                              and last_used_step < :step
                            """)
                    .param("step", step.getAsLong()).param("email", email).update();
            return accepted == 1 ? Optional.of("authenticator code") : Optional.empty();
        }
        int used = jdbc.sql("""
                        update user_recovery_codes set used_at = :now
                        where id = (select c.id from user_recovery_codes c join users u on u.id = c.user_id
                                    where lower(u.email) = lower(:email) and c.code_hash = :hash and c.used_at is null
                                    limit 1)
                          and used_at is null
                        """)
                .param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("email", email)
                .param("hash", hash(normalised(typed))).update();
        return used == 1 ? Optional.of("recovery code") : Optional.empty();
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from user_recovery_codes where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            codes.add(shown);
            jdbc.sql("insert into user_recovery_codes (user_id, code_hash) values (?, ?)")
                    .params(userId, hash(normalised(shown))).update();
        }
        return codes;
    }

    /** As typed, with or without the dash, in either case. */
    private static String normalised(String code) {
        return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException unavailable) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", unavailable);
        }
    }

    private long userId(String email) {
        return jdbc.sql("select id from users where lower(email) = lower(?)").param(email).query(Long.class).optional()
                .orElseThrow(UserNotFoundException::new);
    }
}
