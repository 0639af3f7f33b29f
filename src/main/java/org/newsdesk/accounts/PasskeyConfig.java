package org.newsdesk.accounts;

import java.net.URI;
import java.util.Set;

import org.newsdesk.audit.AuditLog;
import org.newsdesk.site.SiteProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) through Spring Security's support, built on webauthn4j. Users' entities and
 * their credentials are in PostgreSQL (V90), so every instance accepts every passkey; a ceremony's
 * challenge is kept in the session, which is in PostgreSQL too. The relying party is the site as
 * {@code newsdesk.site.base-url} names it, never as a request does: its id is the base URL's host,
 * the one origin accepted is the base URL's. A passkey must verify its user (a PIN, a fingerprint),
 * since it is a whole sign-in by itself.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfig {

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    @Bean
    UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, AuditLog audit, PlatformTransactionManager transactions) {
        return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), audit, new TransactionTemplate(transactions));
    }

    @Bean
    PasskeyRelyingParty passkeyRelyingParty(PublicKeyCredentialUserEntityRepository userEntities,
                                            UserCredentialRepository credentials, SiteProperties site) {
        PublicKeyCredentialRpEntity rp = relyingParty(site);
        Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                rp, Set.of(origin(site.baseUrl())));
        operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(PasskeyCreationOptions.SELECTION));
        operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
        return new PasskeyRelyingParty(operations);
    }

    @Bean
    PasskeyCreationOptions passkeyCreationOptions(SiteProperties site) {
        return new PasskeyCreationOptions(relyingParty(site));
    }

    private static PublicKeyCredentialRpEntity relyingParty(SiteProperties site) {
        return PublicKeyCredentialRpEntity.builder().id(rpId(site.baseUrl())).name(site.name()).build();
    }

    /** The relying party's id: the base URL's host ({@code news.example.org}, or {@code localhost}). */
    static String rpId(URI baseUrl) {
        return baseUrl.getHost();
    }

    /** The one origin a passkey ceremony may come from: the base URL's scheme, host and port. */
    static String origin(URI baseUrl) {
        return baseUrl.getScheme() + "://" + baseUrl.getHost() + (baseUrl.getPort() == -1 ? "" : ":" + baseUrl.getPort());
    }
}
