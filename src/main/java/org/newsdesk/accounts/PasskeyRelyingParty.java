package org.newsdesk.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's relying party (webauthn4j), with the site's rules in front of registration:
 * a sign-in still waiting for its code cannot add a passkey (which would sign in without the
 * code), a passkey needs a label of at most {@value #MAX_LABEL} characters, and a registration
 * that does not verify is refused with the site's 403 page, not a server error. Spring Security's
 * registration filters run outside Spring MVC: an {@link AccessDeniedException} is what reaches
 * the site's own error handling from there.
 */
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    static final int MAX_LABEL = 100;

    private final WebAuthnRelyingPartyOperations delegate;

    PasskeyRelyingParty(WebAuthnRelyingPartyOperations delegate) {
        this.delegate = delegate;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        if (SignInSteps.is(request.getAuthentication(), SignInSteps.CODE_PENDING)) {
            throw new AccessDeniedException("The sign-in is not finished");
        }
        return delegate.createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        String label = request.getPublicKey().getLabel();
        if (label == null || label.isBlank() || label.length() > MAX_LABEL) {
            throw new AccessDeniedException("A passkey needs a label of at most " + MAX_LABEL + " characters");
        }
        try {
            return delegate.registerCredential(request);
        }
        catch (RuntimeException notVerified) {
            throw new AccessDeniedException("The passkey was not registered: " + notVerified.getMessage(), notVerified);
        }
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return delegate.createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return delegate.authenticate(request);
    }
}
