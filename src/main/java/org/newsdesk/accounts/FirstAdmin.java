package org.newsdesk.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsdesk.cluster.StartupLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On a start with no users at all, creates the first administrator: from
 * {@code NEWSDESK_ADMIN_EMAIL} and {@code NEWSDESK_ADMIN_PASSWORD} when they are set, otherwise
 * {@value #DEFAULT_EMAIL} with a random password printed once in the log. There is no default
 * password. Bad settings stop the start before the site answers (see
 * {@link InvalidAdminSettingsFailureAnalyzer}).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String DEFAULT_EMAIL = "admin@localhost";
    static final String DEFAULT_NAME = "Administrator";

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    /** Letters and digits that cannot be mistaken for each other when copied from a log. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int RANDOM_PASSWORD_LENGTH = 24;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AdminProperties settings;
    private final StartupLock startupLock;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(UserRepository users, PasswordEncoder passwordEncoder, AdminProperties settings,
               StartupLock startupLock, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.settings = settings;
        this.startupLock = startupLock;
        this.clock = clock;
        check(settings);
    }

    @Override
    public void run(ApplicationArguments arguments) {
        createIfNoUsers();
    }

    /**
     * The email of the admin created, or empty when there were users already. Under the start-up
     * lock: instances starting together on one empty database create one admin, not two.
     */
    Optional<String> createIfNoUsers() {
        return Optional.ofNullable(startupLock.runAlone(() -> {
            if (users.count() > 0) {
                return null;
            }
            if (settings.isSet()) {
                String email = settings.email().strip();
                users.save(new User(email, DEFAULT_NAME, passwordEncoder.encode(settings.password()), Role.ADMIN,
                        clock.instant()));
                log.info("Created the first administrator, {}, from NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD.", email);
                return email;
            }
            String password = randomPassword();
            users.save(new User(DEFAULT_EMAIL, DEFAULT_NAME, passwordEncoder.encode(password), Role.ADMIN, clock.instant()));
            log.warn("""

                    ************************************************************************
                    No users existed, so Newsdesk created the first administrator:
                        email:    {}
                        password: {}
                    This password is shown only this once and is not stored anywhere in
                    clear. Sign in at /login and change it under "Your account", or create
                    your own admin user and disable this one. To choose the first admin
                    yourself, set NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD before
                    the first start.
                    ************************************************************************""",
                    DEFAULT_EMAIL, password);
            return DEFAULT_EMAIL;
        }));
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder(RANDOM_PASSWORD_LENGTH);
        for (int i = 0; i < RANDOM_PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Refuses settings that would make a weak or unusable first admin, whether or not they are needed now. */
    static void check(AdminProperties settings) {
        if (!settings.isSet()) {
            return;
        }
        String email = settings.email() == null ? "" : settings.email().strip();
        if (email.isEmpty()) {
            throw new InvalidAdminSettingsException(
                    "NEWSDESK_ADMIN_PASSWORD is set but NEWSDESK_ADMIN_EMAIL is not: the first admin needs both.");
        }
        if (!EmailAddresses.isPlausible(email)) {
            throw new InvalidAdminSettingsException(
                    "NEWSDESK_ADMIN_EMAIL (\"" + email + "\") is not an email address such as editor@example.org.");
        }
        String problem = PasswordRules.problem(settings.password());
        if ("admin.account.password.required".equals(problem)) {
            throw new InvalidAdminSettingsException(
                    "NEWSDESK_ADMIN_EMAIL is set but NEWSDESK_ADMIN_PASSWORD is not: the first admin needs both.");
        }
        if ("admin.account.password.tooShort".equals(problem)) {
            throw new InvalidAdminSettingsException("NEWSDESK_ADMIN_PASSWORD is too short: it must have at least "
                    + PasswordRules.MIN_LENGTH + " characters.");
        }
        if (problem != null) {
            throw new InvalidAdminSettingsException("NEWSDESK_ADMIN_PASSWORD is too long: it must fit in "
                    + PasswordRules.MAX_BYTES + " bytes (UTF-8).");
        }
    }
}
