package org.newsdesk.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TOTP as RFC 6238 defines it, checked against the RFC's own test values (appendix B, SHA-1). */
class TotpTests {

    static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void theRfcTestValues(long unixTime, String expected) {
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(unixTime)), 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void base32AsAuthenticatorAppsReadIt() {
        assertThat(Totp.base32(RFC_KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_KEY);
        assertThat(Totp.newSecret()).matches("[A-Z2-7]{32}").isNotEqualTo(Totp.newSecret());
    }

    @Test
    void aCodeIsAcceptedForTheCurrentStepAndOneEitherSideOnly() {
        String secret = Totp.base32(RFC_KEY);
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).isEqualTo(OptionalLong.of(step));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).isEqualTo(OptionalLong.of(step - 1));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).isEqualTo(OptionalLong.of(step + 1));
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEmpty();
        String code = Totp.code(secret, step);
        assertThat(Totp.matchingStep(secret, code.substring(0, 3) + " " + code.substring(3), now)).isPresent();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void theQrCodeCarriesTheOtpauthUri() {
        assertThat(Totp.uri("Test News", "ana@example.org", "ABC"))
                .isEqualTo("otpauth://totp/Test%20News:ana%40example.org?secret=ABC&issuer=Test%20News&algorithm=SHA1&digits=6&period=30");
        QrCode qr = QrCode.of(Totp.uri("Test News", "ana@example.org", Totp.newSecret()));
        assertThat(qr.size()).isGreaterThan(25);
        assertThat(qr.path()).startsWith("M").contains("h1v1h-1z");
    }
}
