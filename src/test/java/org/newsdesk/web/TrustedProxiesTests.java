package org.newsdesk.web;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which client addresses are believed to be the site's reverse proxies, as Tomcat's RemoteIpValve will match them. */
class TrustedProxiesTests {

    @Test
    void byDefaultOnlyThisMachineIsAProxy() {
        Pattern trusted = Pattern.compile(new TrustedProxies(List.of("127.0.0.1", "::1")).addressPattern());

        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(trusted.matcher("127.0.0.10").matches()).isFalse();
        assertThat(trusted.matcher("203.0.113.5").matches()).isFalse();
        assertThat(trusted.matcher("127a0a0a1").matches()).isFalse();
    }

    @Test
    void networksOnAnOctetBoundary() {
        Pattern trusted = Pattern.compile(new TrustedProxies(List.of("172.18.0.0/16", "10.0.0.5")).addressPattern());

        assertThat(trusted.matcher("172.18.4.2").matches()).isTrue();
        assertThat(trusted.matcher("172.19.4.2").matches()).isFalse();
        assertThat(trusted.matcher("10.0.0.5").matches()).isTrue();
        assertThat(trusted.matcher("10.0.0.50").matches()).isFalse();
    }

    @Test
    void nothingConfiguredTrustsNobodyAndHostNamesAreRefused() {
        assertThat(Pattern.compile(new TrustedProxies(List.of()).addressPattern()).matcher("127.0.0.1").matches()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example")).addressPattern());
    }
}
