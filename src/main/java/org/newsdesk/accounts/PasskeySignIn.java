package org.newsdesk.accounts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.newsdesk.audit.AuditLog;

import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.WebAuthnConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * Spring Security's passkey sign-in ({@code POST /webauthn/authenticate/options}, then
 * {@code POST /login/webauthn}, both JSON, driven by {@code /js/passkeys.js}) set up for the site:
 * throttled and audited ({@link PasskeyAuthenticationProvider}), and finished as every sign-in is
 * ({@link SignInSteps#finish}: the user's roles from the database, a new session id, the sign-in
 * recorded). A passkey verifies its user, so it is a whole sign-in with two factors: no second
 * step follows, whatever the second-factor policy. Spring Security's own registration page is
 * off; "Your account" has the site's ({@link PasskeyController}).
 */
@Component
class PasskeySignIn implements Customizer<WebAuthnConfigurer<HttpSecurity>> {

    private final PasskeyAuthenticationProvider provider;
    private final SignInSteps steps;

    PasskeySignIn(PasskeyRelyingParty relyingParty, DatabaseUserDetailsService userDetails, Passkeys passkeys,
                  LoginThrottle throttle, AuditLog audit, SignInSteps steps) {
        this.provider = new PasskeyAuthenticationProvider(new WebAuthnAuthenticationProvider(relyingParty, userDetails),
                passkeys, throttle, audit);
        this.steps = steps;
    }

    @Override
    public void customize(WebAuthnConfigurer<HttpSecurity> webAuthn) {
        webAuthn.disableDefaultRegistrationPage(true);
        webAuthn.addObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
            @Override
            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationManager(new ProviderManager(provider));
                filter.setAuthenticationSuccessHandler(PasskeySignIn.this::signedIn);
                return filter;
            }
        });
    }

    /** The answer {@code /js/passkeys.js} expects (as Spring Security's own script does): where to go now. */
    private void signedIn(HttpServletRequest request, HttpServletResponse response, Authentication passkey)
            throws IOException {
        steps.finish(request, response, "passkey");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"" + request.getContextPath() + "/admin\"}");
    }
}
