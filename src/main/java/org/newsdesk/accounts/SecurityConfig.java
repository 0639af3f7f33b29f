package org.newsdesk.accounts;

import java.time.Clock;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;
import org.newsdesk.web.ErrorPage;
import org.newsdesk.web.LanguageSuggestions;
import org.newsdesk.web.SitePaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.FlashMapManager;

/**
 * Everything public is read-only and open; {@code /admin/**} needs a signed-in editor or admin,
 * and {@code /admin/users/**} an admin. Sign-in is a form at {@code /login} (throttled, see
 * {@link LoginThrottle}); sign-out is a POST to {@code /logout}. CSRF stays on. Every response
 * carries a strict Content-Security-Policy: this origin only, no inline script or style. Sessions
 * live in PostgreSQL (Spring Session JDBC), so every app instance on the database accepts them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https:; "
            + "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * A reader's GET or HEAD of a public page, feed or picture: only the security headers. Such a
     * request reads nothing of a session (these pages are the same for everyone: the page cache
     * shares them), so the chain below, with its session lookup, CSRF token, saved request and
     * anonymous user, would be work for nothing on every page a reader or crawler asks for — a tenth
     * of a page's CPU with the page cache off (bench/README.md, issue 17 §7). Editors' paths,
     * operations ({@code /error}, health) and sign-in steps keep the full chain.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicReadChain(HttpSecurity http, SitePaths paths) throws Exception {
        http
                .securityMatcher(publicRead(paths))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .logout(logout -> logout.disable())
                .headers(SecurityConfig::siteHeaders);
        return http.build();
    }

    private static RequestMatcher publicRead(SitePaths paths) {
        return request -> {
            String method = request.getMethod();
            return (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method))
                    && paths.isPublicRead(request);
        };
    }

    /** The headers of every response: a strict CSP, no framing, the referrer's origin only. */
    private static void siteHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers
                .cacheControl(cache -> cache.disable())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    /**
     * No observations of the filter chains: nothing reads them (the site exposes health only, no
     * metrics or traces), and decorating every filter of every request cost a few percent of a page.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, DatabaseUserDetailsService userDetails,
                                            PasswordEncoder passwordEncoder, LoginThrottle throttle, UserRepository users,
                                            FlashMapManager flashMaps, Clock clock, SitePaths paths, AuditLog audit,
                                            SecondFactors secondFactors, PasskeySignIn passkeys) throws Exception {
        RequestMatcher editorPages = paths::isEditorPath;
        // Public pages choose their own caching; editors' pages are never stored anywhere, nor indexed.
        HeaderWriter noStoreForEditors = new DelegatingRequestMatcherHeaderWriter(editorPages,
                new CacheControlHeadersWriter());
        HeaderWriter noIndexForEditors = new DelegatingRequestMatcherHeaderWriter(editorPages,
                new StaticHeadersWriter("X-Robots-Tag", "noindex"));
        http
                .authorizeHttpRequests(authorize -> authorize
                        // An unfinished sign-in opens only its next step (SignInSteps).
                        .requestMatchers(SignInSteps.SECOND_STEP_PATH).hasRole(SignInSteps.CODE_PENDING_ROLE)
                        .requestMatchers(SignInSteps.ENROLMENT_PATH, SignInSteps.ENROLMENT_PATH + "/**",
                                PasskeyController.PATH, PasskeyController.PATH + "/**", "/webauthn/register/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name(), SignInSteps.ENROLMENT_PENDING_ROLE)
                        .requestMatchers(SitePaths.USER_ADMIN, SitePaths.AUDIT).hasRole(Role.ADMIN.name())
                        .requestMatchers(SitePaths.ADMIN).hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
                        .anyRequest().permitAll())
                .authenticationManager(new ProviderManager(
                        new ThrottledAuthenticationProvider(userDetails, passwordEncoder, throttle, users, clock, audit,
                                secondFactors)))
                .formLogin(form -> form
                        .loginPage(SitePaths.LOGIN)
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(recordingSignIn(audit))
                        .failureHandler(new LoginFailureHandler(flashMaps, clock))
                        .permitAll())
                .webAuthn(passkeys)
                // Only a POST (with its CSRF token) signs out: a link or an image cannot sign an editor out.
                .logout(logout -> logout
                        .addLogoutHandler((request, response, signedIn) -> {
                            if (signedIn != null) {
                                audit.record(AuditAction.SIGN_OUT, signedIn.getName(), null);
                            }
                        })
                        .logoutSuccessUrl("/login?logout").permitAll())
                // Dismissing the language notice sets a cookie that hides a notice, nothing more; the cached
                // public pages it is posted from carry no token (web.LanguageNoticeController).
                .csrf(csrf -> csrf.ignoringRequestMatchers(LanguageSuggestions.DISMISS_PATH))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDeniedHandler()))
                .headers(headers -> {
                    siteHeaders(headers);
                    headers.addHeaderWriter(noStoreForEditors).addHeaderWriter(noIndexForEditors);
                });
        return http.build();
    }

    /**
     * A right password: on to the second step when one follows, else to the page asked for before
     * signing in or the dashboard, and the sign-in goes to the audit log.
     */
    private static AuthenticationSuccessHandler recordingSignIn(AuditLog audit) {
        SavedRequestAwareAuthenticationSuccessHandler toAdmin = new SavedRequestAwareAuthenticationSuccessHandler();
        toAdmin.setDefaultTargetUrl("/admin");
        return (request, response, signedIn) -> {
            String next = SignInSteps.nextPath(signedIn);
            if (next != null) {
                response.sendRedirect(request.getContextPath() + next);
                return;
            }
            audit.record(AuditAction.SIGN_IN, signedIn.getName(), "password");
            toAdmin.onAuthenticationSuccess(request, response, signedIn);
        };
    }

    /** Spring Security's delegating encoder: bcrypt today, and any older hash still readable. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The site's own 403 page; a form refused for its CSRF token (an expired session, mostly) says
     * so. An unfinished sign-in is sent to its next step instead.
     */
    private static AccessDeniedHandler accessDeniedHandler() {
        return (request, response, denied) -> {
            String next = SignInSteps.nextPath(SecurityContextHolder.getContext().getAuthentication());
            if (next != null && !(denied instanceof CsrfException)) {
                response.sendRedirect(request.getContextPath() + next);
                return;
            }
            if (denied instanceof CsrfException) {
                request.setAttribute(ErrorPage.FORM_EXPIRED, Boolean.TRUE);
            }
            response.sendError(403);
        };
    }
}
