package org.newsdesk.accounts;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's passkeys as "Your account" shows them, and whose a passkey is. Spring Security keeps
 * them (tables {@code user_entities} and {@code user_credentials}, V90); a user entity's name is
 * the user's email as stored.
 */
@Service
class Passkeys {

    private static final String OWNED = """
            from user_credentials c join user_entities e on e.id = c.user_entity_user_id
            """;

    private final JdbcClient jdbc;
    private final UserCredentialRepository credentials;

    Passkeys(JdbcClient jdbc, UserCredentialRepository credentials) {
        this.jdbc = jdbc;
        this.credentials = credentials;
    }

    /** One passkey: its id (base64url, as stored), the label its owner gave it, when it was added and last used. */
    record Passkey(String id, String label, Instant created, Instant lastUsed) {
    }

    @Transactional(readOnly = true)
    List<Passkey> of(String email) {
        return jdbc.sql("select c.credential_id, c.label, c.created, c.last_used " + OWNED
                        + "where e.name = ? order by c.created, c.credential_id")
                .param(email)
                .query((rs, row) -> new Passkey(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4))))
                .list();
    }

    /** Whose a passkey is: the user's email as stored, and whether they may sign in. */
    record Owner(String email, boolean enabled) {
    }

    /** The user whose passkey has this id (base64url), if there is one. */
    @Transactional(readOnly = true)
    Optional<Owner> ownerOf(String credentialId) {
        return jdbc.sql("select e.name, coalesce(u.enabled, false) " + OWNED
                        + "left join users u on u.email = e.name where c.credential_id = ?")
                .param(credentialId)
                .query((rs, row) -> new Owner(rs.getString(1), rs.getBoolean(2))).optional();
    }

    /**
     * Removes one of the user's own passkeys (audited).
     *
     * @return false if the user has no passkey with this id
     */
    @Transactional
    boolean remove(String email, String credentialId) {
        if (!ownerOf(credentialId).map(Owner::email).filter(email::equals).isPresent()) {
            return false;
        }
        credentials.delete(Bytes.fromBase64(credentialId));
        return true;
    }

    private static Instant instant(Timestamp stored) {
        return stored == null ? null : stored.toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
