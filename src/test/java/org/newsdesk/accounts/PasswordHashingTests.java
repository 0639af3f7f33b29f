package org.newsdesk.accounts;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production hashes passwords with bcrypt at cost 10; only the tests' context swaps in cost 4
 * ({@code TestDatabaseConfig}), and the two read each other's hashes.
 */
class PasswordHashingTests {

    static final String PASSWORD = "long enough password 1";

    final PasswordEncoder production = new SecurityConfig().passwordEncoder();

    @Test
    void productionHashesWithBcryptAtCostTen() {
        String hash = production.encode(PASSWORD);

        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(production.matches(PASSWORD, hash)).isTrue();
        assertThat(production.matches("another password", hash)).isFalse();
    }

    @Test
    void aHashOfAnyCostIsReadBackByProduction() {
        String cheap = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);

        assertThat(production.matches(PASSWORD, cheap)).isTrue();
    }
}
