package org.newsdesk.accounts;

import java.io.Serializable;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * Where a passkey registration's options wait between the two requests of the ceremony: in the
 * session, which is in PostgreSQL, so the second request may reach another instance. Spring
 * Security's own repository puts the options object itself in the session, and it cannot be
 * serialised (Spring Session JDBC serialises every attribute); this one keeps what the check needs
 * (the challenge, the user, the timeout) and rebuilds the rest, which is the same for every
 * registration.
 */
class PasskeyCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    /** A passkey is a discoverable credential that verifies its user: it is a whole sign-in. */
    static final AuthenticatorSelectionCriteria SELECTION = AuthenticatorSelectionCriteria.builder()
            .userVerification(UserVerificationRequirement.REQUIRED)
            .residentKey(ResidentKeyRequirement.REQUIRED)
            .build();

    static final String ATTRIBUTE = "newsdesk.passkeys.creationOptions";

    private final PublicKeyCredentialRpEntity rp;

    PasskeyCreationOptions(PublicKeyCredentialRpEntity rp) {
        this.rp = rp;
    }

    /** What is kept of the options between the two requests. */
    private record Pending(Bytes challenge, PublicKeyCredentialUserEntity user, Duration timeout) implements Serializable {
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, new Pending(options.getChallenge(), options.getUser(),
                options.getTimeout()));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Pending pending)) {
            return null;
        }
        return PublicKeyCredentialCreationOptions.builder()
                .rp(rp)
                .user(pending.user())
                .challenge(pending.challenge())
                .timeout(pending.timeout())
                .attestation(AttestationConveyancePreference.NONE)
                .pubKeyCredParams(PublicKeyCredentialParameters.EdDSA, PublicKeyCredentialParameters.ES256,
                        PublicKeyCredentialParameters.RS256)
                .authenticatorSelection(SELECTION)
                .build();
    }
}
