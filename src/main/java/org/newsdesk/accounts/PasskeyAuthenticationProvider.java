package org.newsdesk.accounts;

import java.util.Optional;

import org.newsdesk.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A sign-in with a passkey (Spring Security's WebAuthn check) under the site's rules: the
 * {@link LoginThrottle} refuses a locked account (the passkey's owner) or address before anything
 * is checked, every failure counts against both and goes to the audit log, and a disabled user's
 * passkey opens nothing. A passkey no one has counts against the address only (its account,
 * {@value #UNKNOWN}, is nobody's).
 */
record PasskeyAuthenticationProvider(WebAuthnAuthenticationProvider webAuthn, Passkeys passkeys, LoginThrottle throttle,
                                     AuditLog audit) implements AuthenticationProvider {

    static final String UNKNOWN = "(unknown passkey)";

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) attempt;
        String credentialId = request.getWebAuthnRequest().getPublicKey().getRawId().toBase64UrlString();
        Optional<Passkeys.Owner> owner = credentialId.length() > 1000 ? Optional.empty() : passkeys.ownerOf(credentialId);
        String account = owner.map(Passkeys.Owner::email).orElse(UNKNOWN);
        String address = clientAddress();
        ThrottledAuthenticationProvider.refuseIfLocked(throttle, audit, account, address, "passkey, ");
        try {
            if (owner.isEmpty() || !owner.get().enabled()) {
                throw new BadCredentialsException("No such passkey, or its user may not sign in");
            }
            Authentication signedIn = webAuthn.authenticate(attempt);
            throttle.recordSuccess(account);
            return signedIn;
        }
        catch (AuthenticationException failure) {
            throw ThrottledAuthenticationProvider.counted(failure, throttle, audit, account, address, "passkey");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }

    /** The address the request came from, as the trusted-proxy valve left it. */
    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
