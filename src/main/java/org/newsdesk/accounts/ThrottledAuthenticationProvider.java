package org.newsdesk.accounts;

import java.time.Clock;

import org.newsdesk.audit.AuditAction;
import org.newsdesk.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email-and-password sign-in, with the {@link LoginThrottle} in front: a locked account or
 * address is refused before the password is looked at, every failure is counted, and a success
 * clears the account's failures and records when the user last signed in, unless a second step
 * follows ({@link SignInSteps}). Refusals go to the
 * audit log (a success is recorded once the sign-in is complete, see {@link SecurityConfig}).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserRepository users;
    private final Clock clock;
    private final AuditLog audit;
    private final SecondFactors secondFactors;

    ThrottledAuthenticationProvider(DatabaseUserDetailsService userDetails, PasswordEncoder passwordEncoder,
                                    LoginThrottle throttle, UserRepository users, Clock clock, AuditLog audit,
                                    SecondFactors secondFactors) {
        this.passwords = new DaoAuthenticationProvider(userDetails);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.passwords.setUserDetailsPasswordService(userDetails);
        this.throttle = throttle;
        this.users = users;
        this.clock = clock;
        this.audit = audit;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String email = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        refuseIfLocked(throttle, audit, email, address, "");
        try {
            if (attempt.getCredentials() instanceof String password && !PasswordRules.fitsTheEncoder(password)) {
                // No stored password is this long, and bcrypt would refuse to hash it.
                throw new BadCredentialsException("Bad credentials");
            }
            if (!EmailAddresses.isPlausible(email == null ? null : email.strip())) {
                // No account has such a name (a NUL byte, say, which PostgreSQL would refuse to even look up).
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication signedIn = passwords.authenticate(attempt);
            Role role = signedIn.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()))
                    ? Role.ADMIN : Role.EDITOR;
            return switch (secondFactors.nextStep(signedIn.getName(), role)) {
                case NONE -> {
                    throttle.recordSuccess(email);
                    users.recordSignIn(signedIn.getName(), clock.instant());
                    yield signedIn;
                }
                // The account's failures are cleared only once the code is right too: a known
                // password must not reset the count of wrong codes.
                case CODE -> SignInSteps.pending(signedIn, SignInSteps.CODE_PENDING);
                case ENROL -> {
                    throttle.recordSuccess(email);
                    yield SignInSteps.pending(signedIn, SignInSteps.ENROLMENT_PENDING);
                }
            };
        }
        catch (AuthenticationException failure) {
            // Wrong password, unknown email and disabled user alike: counted, and answered the same way.
            throw counted(failure, throttle, audit, email, address, null);
        }
    }

    /** Refuses a sign-in for a locked account or address before anything is checked, on record. */
    static void refuseIfLocked(LoginThrottle throttle, AuditLog audit, String account, String address, String how) {
        var lockedUntil = throttle.lockedUntil(account, address);
        if (lockedUntil.isPresent()) {
            audit.record(AuditAction.SIGN_IN_THROTTLED, account, how + "locked until " + lockedUntil.get());
            throw new LoginThrottledException(lockedUntil.get());
        }
    }

    /** A failed sign-in, counted in the throttle and on record: the exception to throw. */
    static AuthenticationException counted(AuthenticationException failure, LoginThrottle throttle, AuditLog audit,
                                           String account, String address, String how) {
        throttle.recordFailure(account, address);
        audit.record(AuditAction.SIGN_IN_FAILED, account, how);
        return failure;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
