package org.newsdesk.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the site
 * believes ({@code newsdesk.proxies.trusted}): addresses ({@code 10.0.0.5}, {@code ::1}) or IPv4
 * networks on an octet boundary ({@code 172.18.0.0/16}). A request from anywhere else is taken as
 * it came: its own address, plain HTTP unless it really was HTTPS, whatever headers it carries.
 * Default: this machine only (an nginx on the same host).
 */
@ConfigurationProperties("newsdesk.proxies")
record TrustedProxies(@DefaultValue({"127.0.0.1", "::1"}) List<String> trusted) {

    private static final Pattern IPV4_NETWORK = Pattern.compile("([0-9]{1,3}(?:\\.[0-9]{1,3}){3})/(8|16|24|32)");

    /** The addresses as the regular expression Tomcat's {@code RemoteIpValve} matches client addresses against. */
    String addressPattern() {
        Set<String> alternatives = new LinkedHashSet<>();
        for (String entry : trusted) {
            String address = entry.strip();
            if (address.isEmpty()) {
                continue;
            }
            var network = IPV4_NETWORK.matcher(address);
            if (network.matches()) {
                String[] octets = literal(network.group(1)).split("\\.");
                int fixed = Integer.parseInt(network.group(2)) / 8;
                StringBuilder pattern = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    pattern.append(i == 0 ? "" : "\\.").append(i < fixed ? octets[i] : "[0-9]{1,3}");
                }
                alternatives.add(pattern.toString());
            }
            else {
                // Tomcat gives IPv6 addresses in full ("0:0:0:0:0:0:0:1"), whatever form was configured.
                alternatives.add(Pattern.quote(literal(address)));
                alternatives.add(Pattern.quote(address));
            }
        }
        // Nothing configured: trust nobody (an address never matches this).
        return alternatives.isEmpty() ? "(?!)" : String.join("|", alternatives);
    }

    /** An address literal in Java's own notation; a host name is refused rather than looked up. */
    private static String literal(String address) {
        if (!address.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("newsdesk.proxies.trusted takes IP addresses or IPv4 networks (a.b.c.d/8, /16, /24, /32), not " + address);
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        }
        catch (UnknownHostException notAnAddress) {
            throw new IllegalArgumentException("newsdesk.proxies.trusted: not an IP address: " + address, notAnAddress);
        }
    }
}
