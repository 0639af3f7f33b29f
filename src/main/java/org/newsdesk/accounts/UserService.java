package org.newsdesk.accounts;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.RefusedException;
import org.newsdesk.site.SiteProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to users, and what everyone does to their own password. The rules: emails are
 * unique ignoring case; passwords follow {@link PasswordRules}; nobody disables or demotes
 * themself, and there is always at least one enabled admin. Changes that take rights away (disable,
 * role change, password reset) sign the user out everywhere. Every change goes to the audit log.
 */
@Service
class UserService {

    /** Any constant: two admins changing roles at the same moment cannot leave the site without one. */
    private static final long ADMIN_CHANGES_LOCK = 0x4e657773_526f6c65L;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignedInSessions sessions;
    private final JdbcClient jdbc;
    private final SiteProperties site;
    private final Clock clock;
    private final AuditLog audit;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, SignedInSessions sessions, JdbcClient jdbc,
                SiteProperties site, Clock clock, AuditLog audit) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.jdbc = jdbc;
        this.site = site;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    List<UserRow> list() {
        return users.findAllByName().stream().map(user -> UserRow.of(user, site.timeZone())).toList();
    }

    @Transactional(readOnly = true)
    UserRow find(long id) {
        return UserRow.of(load(id), site.timeZone());
    }

    @Transactional
    long create(String email, String displayName, Role role, String password) {
        if (users.existsByEmailIgnoringCase(email)) {
            throw new RefusedException(UserRefusal.EMAIL_TAKEN, "email");
        }
        long id = users.save(new User(email, displayName, passwordEncoder.encode(password), role, clock.instant())).getId();
        audit.record(AuditAction.USER_CREATED, email, displayName + ", " + role.name());
        return id;
    }

    /** Changes name and role; a role change signs the user out, so their new rights apply at once. */
    @Transactional
    void update(long id, String displayName, Role role, String actingEmail) {
        User user = load(id);
        String before = user.getDisplayName() + ", " + user.getRole().name();
        user.rename(displayName);
        if (user.getRole() != role) {
            takeRightsAway(user, actingEmail, UserRefusal.OWN_ROLE, "role", changed -> changed.changeRole(role));
        }
        String after = displayName + ", " + role.name();
        if (!after.equals(before)) {
            audit.record(AuditAction.USER_CHANGED, user.getEmail(), before + " → " + after);
        }
    }

    @Transactional
    void setEnabled(long id, boolean enabled, String actingEmail) {
        User user = load(id);
        if (enabled) {
            user.enable();
            audit.record(AuditAction.USER_ENABLED, user.getEmail(), null);
            return;
        }
        takeRightsAway(user, actingEmail, UserRefusal.DISABLE_YOURSELF, null, User::disable);
        audit.record(AuditAction.USER_DISABLED, user.getEmail(), null);
    }

    @Transactional
    void resetPassword(long id, String password, String actingEmail) {
        User user = load(id);
        if (isSelf(user, actingEmail)) {
            // Their own goes through "Your account", which asks for the current password.
            throw new RefusedException(UserRefusal.RESET_OWN_PASSWORD, "password");
        }
        user.changePasswordHash(passwordEncoder.encode(password));
        sessions.signOutEverywhere(user.getEmail());
        audit.record(AuditAction.PASSWORD_RESET, user.getEmail(), null);
    }

    /** Everyone's own password: the current one must be right. Other sessions of the user end. */
    @Transactional
    void changeOwnPassword(String email, String currentPassword, String newPassword, String keptSessionId) {
        User user = users.findByEmailIgnoringCase(email).orElseThrow(UserNotFoundException::new);
        if (currentPassword == null || !PasswordRules.fitsTheEncoder(currentPassword)
                || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new RefusedException(UserRefusal.CURRENT_PASSWORD_WRONG, "currentPassword");
        }
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.signOutExcept(user.getEmail(), keptSessionId);
        audit.record(AuditAction.PASSWORD_CHANGED, user.getEmail(), null);
    }

    /**
     * A change that may take an admin's rights away: never to oneself, one at a time (so that two
     * cannot leave the site without an enabled admin), and the user is signed out everywhere.
     */
    private void takeRightsAway(User user, String actingEmail, UserRefusal ownAccountRefusal, String field,
                                Consumer<User> change) {
        if (isSelf(user, actingEmail)) {
            throw new RefusedException(ownAccountRefusal, field);
        }
        lockAdminChanges();
        change.accept(user);
        users.flush();
        requireAnEnabledAdmin();
        sessions.signOutEverywhere(user.getEmail());
    }

    private User load(long id) {
        return users.findById(id).orElseThrow(UserNotFoundException::new);
    }

    private static boolean isSelf(User user, String actingEmail) {
        return user.getEmail().equalsIgnoreCase(actingEmail);
    }

    private void lockAdminChanges() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(ADMIN_CHANGES_LOCK).query().listOfRows();
    }

    private void requireAnEnabledAdmin() {
        if (users.countEnabledAdmins() == 0) {
            throw new RefusedException(UserRefusal.LAST_ADMIN, null);
        }
    }
}
