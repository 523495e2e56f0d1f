package com.kaeru.backend.webhooks.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs a shop may point a webhook at, and which addresses Kaeru will connect to (the SSRF
 * guard): https only (plain http only to localhost in development), and never an address inside
 * the data centre — private, loopback (allowed in development for a local receiver), link-local
 * (cloud metadata lives there), carrier-grade NAT, multicast, broadcast or unspecified. Checked at
 * registration and again before every request, because DNS answers change.
 */
public final class WebhookTargets {
    private final boolean development;
    private final HostResolver resolver;

    /** @param development {@code kaeru.mode=development}: loopback receivers allowed, over http too */
    public WebhookTargets(boolean development, HostResolver resolver) {
        this.development = development;
        this.resolver = resolver;
    }

    /** Why this URL may not be registered; empty when it may. Reasons are message keys' last part. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (URISyntaxException e) {
            return Optional.of("malformed");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            return Optional.of("malformed");
        }
        if (scheme.equals("http") && !(development && localhost(uri.getHost()))) {
            return Optional.of("https-required");
        }
        return addressRefusal(uri.getHost());
    }

    /** Why the host may not be called now (its current DNS answer); empty when every address is allowed. */
    public Optional<String> addressRefusal(String host) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("unresolvable");
        }
        if (addresses.isEmpty()) {
            return Optional.of("unresolvable");
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return Optional.of("private-address");
            }
        }
        return Optional.empty();
    }

    private static boolean localhost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("[::1]") || h.equals("::1");
    }

    /** Whether Kaeru may connect to this address. */
    public boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return development;
        }
        return publicAddress(address);
    }

    /** Neither private, link-local, multicast, unspecified nor otherwise reserved for inside networks. */
    public static boolean publicAddress(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return publicIpv4(b);
        }
        if (address instanceof Inet6Address) {
            // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::/96) carry an IPv4 address: judge that one.
            boolean mapped = isZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b && isZero(b, 4, 12);
            if (mapped || nat64) {
                return publicIpv4(new byte[] {b[12], b[13], b[14], b[15]});
            }
            // Unique local addresses fc00::/7 are IPv6's private ranges; fec0::/10 is the old site-local.
            return (b[0] & 0xfe) != 0xfc && !((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0);
        }
        return false;
    }

    private static boolean publicIpv4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        return !(a0 == 0                                   // "this network"
                || a0 == 10                                // private
                || a0 == 127                               // loopback
                || (a0 == 100 && a1 >= 64 && a1 <= 127)    // carrier-grade NAT
                || (a0 == 169 && a1 == 254)                // link-local, cloud metadata
                || (a0 == 172 && a1 >= 16 && a1 <= 31)     // private
                || (a0 == 192 && a1 == 168)                // private
                || (a0 == 192 && a1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (a0 == 198 && (a1 == 18 || a1 == 19))   // benchmarking
                || a0 >= 224);                             // multicast, reserved, broadcast
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
