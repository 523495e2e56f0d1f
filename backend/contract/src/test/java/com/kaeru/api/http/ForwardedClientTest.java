package com.kaeru.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ForwardedClientTest {
    private final ForwardedClient loopbackOnly = ForwardedClient.trusting("");
    private final ForwardedClient behindProxies = ForwardedClient.trusting("10.0.0.0/8, 192.0.2.10, 2001:db8::/32");

    @Test
    void theSameHostsPortalForwardsTheVisitor() {
        assertThat(loopbackOnly.resolve("127.0.0.1", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(loopbackOnly.resolve("::1", "2001:db8::5")).isEqualTo("2001:db8::5");
        assertThat(loopbackOnly.resolve("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void aHeaderFromAnUntrustedCallerIsIgnored() {
        assertThat(loopbackOnly.resolve("203.0.113.9", "1.2.3.4")).isEqualTo("203.0.113.9");
        assertThat(behindProxies.resolve("203.0.113.9", "10.0.0.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void aVisitorsOwnHeaderIsNeverBelievedBehindAProxyThatAppends() {
        // The visitor sent "X-Forwarded-For: 6.6.6.6"; the proxy appended the address it saw.
        assertThat(loopbackOnly.resolve("127.0.0.1", "6.6.6.6, 198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(behindProxies.resolve("10.1.2.3", "6.6.6.6, 198.51.100.7, 192.0.2.10")).isEqualTo("198.51.100.7");
    }

    @Test
    void aChainOfTrustedProxiesIsWalkedToTheFirstOutsider() {
        assertThat(behindProxies.resolve("10.0.0.2", "198.51.100.7, 10.9.9.9, [2001:db8::1]")).isEqualTo("198.51.100.7");
        assertThat(behindProxies.resolve("10.0.0.2", "10.0.0.3, 10.0.0.4")).as("only proxies: the farthest one")
                .isEqualTo("10.0.0.3");
    }

    @Test
    void rangesMatchByPrefixOnly() {
        assertThat(behindProxies.isTrusted("10.255.255.255")).isTrue();
        assertThat(behindProxies.isTrusted("11.0.0.1")).isFalse();
        assertThat(behindProxies.isTrusted("192.0.2.10")).isTrue();
        assertThat(behindProxies.isTrusted("192.0.2.11")).isFalse();
        assertThat(behindProxies.isTrusted("2001:db8:ffff::1")).isTrue();
        assertThat(behindProxies.isTrusted("2001:db9::1")).isFalse();
        assertThat(behindProxies.isTrusted("::ffff:10.0.0.1")).as("IPv4-mapped is an IPv4 address").isTrue();
        assertThat(behindProxies.isTrusted("proxy.internal")).as("names are never looked up").isFalse();
    }

    @Test
    void aMistypedRangeStopsTheStartInsteadOfTrustingTooMuch() {
        assertThatThrownBy(() -> ForwardedClient.trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForwardedClient.trusting("proxy.internal")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ForwardedClient.trusting("10.0.0.0/x")).isInstanceOf(IllegalArgumentException.class);
    }
}
