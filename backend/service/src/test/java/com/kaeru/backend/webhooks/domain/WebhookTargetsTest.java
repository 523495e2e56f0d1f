package com.kaeru.backend.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF classifier: which addresses and URLs are refused, in production and in development. */
class WebhookTargetsTest {
    private static final Map<String, String> DNS = Map.of(
            "hooks.example.com", "93.184.216.34",
            "internal.example.com", "10.0.0.7",
            "metadata.example.com", "169.254.169.254",
            "rebind.example.com", "127.0.0.1",
            "localhost", "127.0.0.1");
    private static final HostResolver RESOLVER = host -> {
        String ip = DNS.get(host);
        if (ip == null && host.matches("[0-9.]+|\\[[0-9a-f:.]+]")) {
            return List.of(InetAddress.getByName(host.replace("[", "").replace("]", "")));
        }
        if (ip == null) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(ip));
    };
    private final WebhookTargets production = new WebhookTargets(false, RESOLVER);
    private final WebhookTargets development = new WebhookTargets(true, RESOLVER);

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "127.0.0.1", "127.8.8.8",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "0.1.2.3", "224.0.0.1", "239.255.255.250", "255.255.255.255",
            "192.0.0.8", "198.18.0.1", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
            "::ffff:10.0.0.1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1"})
    void refusesInternalAddresses(String ip) throws Exception {
        assertThat(WebhookTargets.publicAddress(InetAddress.getByName(ip))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111",
            "::ffff:8.8.8.8", "64:ff9b::808:808"})
    void allowsPublicAddresses(String ip) throws Exception {
        assertThat(WebhookTargets.publicAddress(InetAddress.getByName(ip))).isTrue();
    }

    @Test
    void productionAcceptsHttpsToPublicHostsOnly() {
        assertThat(production.refusal("https://hooks.example.com/kaeru")).isEmpty();
        assertThat(production.refusal("http://hooks.example.com/kaeru")).contains("https-required");
        assertThat(production.refusal("https://internal.example.com/")).contains("private-address");
        assertThat(production.refusal("https://metadata.example.com/latest")).contains("private-address");
        assertThat(production.refusal("https://localhost:8443/")).contains("private-address");
        assertThat(production.refusal("http://localhost:9000/")).contains("https-required");
        assertThat(production.refusal("https://nowhere.example.com/")).contains("unresolvable");
        assertThat(production.refusal("ftp://hooks.example.com/")).contains("malformed");
        assertThat(production.refusal("https://user:pw@hooks.example.com/")).contains("malformed");
        assertThat(production.refusal("not a url")).contains("malformed");
        assertThat(production.refusal("https://[::1]/")).contains("private-address");
    }

    @Test
    void developmentAllowsLocalReceiversOverHttpButStillNoPrivateNetworks() {
        assertThat(development.refusal("http://localhost:9000/hook")).isEmpty();
        assertThat(development.refusal("http://127.0.0.1:9000/hook")).isEmpty();
        assertThat(development.refusal("http://hooks.example.com/")).contains("https-required");
        assertThat(development.refusal("https://internal.example.com/")).contains("private-address");
        assertThat(development.refusal("https://metadata.example.com/")).contains("private-address");
    }

    @Test
    void aHostThatLaterResolvesInsideIsRefusedAtSendTime() {
        assertThat(production.addressRefusal("hooks.example.com")).isEmpty();
        assertThat(production.addressRefusal("rebind.example.com")).contains("private-address");
    }
}
