package org.newsdesk.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users for Spring Security, by email ignoring case. The signed-in name is the email as stored,
 * whatever case was typed, so that sessions can be found per user (to sign a user out everywhere).
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserRepository users;

    DatabaseUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        User user = users.findByEmailIgnoringCase(email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return org.springframework.security.core.userdetails.User.withUsername(user.getEmail())
                .password(user.getPasswordHash())
                .authorities(user.getRole().authority())
                .disabled(!user.isEnabled())
                .build();
    }

    /** Rehashes a password kept in an older format when its owner signs in with it. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails details, String newEncodedPassword) {
        users.findByEmailIgnoringCase(details.getUsername()).ifPresent(user -> user.changePasswordHash(newEncodedPassword));
        return org.springframework.security.core.userdetails.User.withUserDetails(details).password(newEncodedPassword).build();
    }
}
