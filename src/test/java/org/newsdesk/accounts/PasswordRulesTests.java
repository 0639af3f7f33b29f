package org.newsdesk.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTests {

    @Test
    void aPasswordNeedsTwelveCharactersAndMustFitTheEncoder() {
        assertThat(PasswordRules.problem(null)).isEqualTo("admin.account.password.required");
        assertThat(PasswordRules.problem("")).isEqualTo("admin.account.password.required");
        assertThat(PasswordRules.problem("elevenchars")).isEqualTo("admin.account.password.tooShort");
        assertThat(PasswordRules.problem("twelve chars")).isNull();
        // Twelve characters outside the basic plane are twelve, not twenty-four.
        assertThat(PasswordRules.problem("😀".repeat(12))).isNull();
        assertThat(PasswordRules.problem("😀".repeat(11))).isEqualTo("admin.account.password.tooShort");
        assertThat(PasswordRules.problem("a".repeat(72))).isNull();
        assertThat(PasswordRules.problem("a".repeat(73))).isEqualTo("admin.account.password.tooLong");
        assertThat(PasswordRules.problem("ñ".repeat(37))).isEqualTo("admin.account.password.tooLong");
    }

    @Test
    void passwordsAreTakenAsTyped() {
        assertThat(PasswordRules.problem("   spaces count too   ")).isNull();
        assertThat(PasswordRules.problem("           ")).isEqualTo("admin.account.password.tooShort");
    }

    @Test
    void emailAddressesNeedOneAtSignAndNoSpaces() {
        assertThat(EmailAddresses.isPlausible("ana@example.org")).isTrue();
        assertThat(EmailAddresses.isPlausible("admin@localhost")).isTrue();
        assertThat(EmailAddresses.isPlausible("ana@@example.org")).isFalse();
        assertThat(EmailAddresses.isPlausible("ana example.org")).isFalse();
        assertThat(EmailAddresses.isPlausible("ana@exa mple.org")).isFalse();
        assertThat(EmailAddresses.isPlausible("ana@example.org\n")).isFalse();
        assertThat(EmailAddresses.isPlausible("a".repeat(250) + "@x.org")).isFalse();
    }
}
