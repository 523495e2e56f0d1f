package com.kaeru.api.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Who the client is when requests pass through proxies, for per-client limits: the tiers agree that
 * the portal (and any reverse proxy in front of either tier) appends the address it received from
 * to {@code X-Forwarded-For}. The header is read from the right: each hop is believed only while
 * the address that sent it is a trusted proxy — loopback always (the portal calls the API from the
 * same host), plus the configured addresses and CIDR ranges. The first untrusted address is the
 * client, so a visitor who writes their own {@code X-Forwarded-For} changes nothing but the part we
 * never read.
 */
public final class ForwardedClient {
    private final List<byte[][]> trustedRanges;

    private ForwardedClient(List<byte[][]> trustedRanges) {
        this.trustedRanges = trustedRanges;
    }

    /**
     * @param trustedProxies comma-separated addresses or CIDR ranges (e.g. {@code 10.0.0.0/8, 2001:db8::/32});
     *                       blank for loopback only
     * @throws IllegalArgumentException for an entry that is not a literal address or range
     */
    public static ForwardedClient trusting(String trustedProxies) {
        List<byte[][]> ranges = new ArrayList<>();
        if (trustedProxies != null) {
            for (String entry : trustedProxies.split(",")) {
                if (!entry.isBlank()) {
                    ranges.add(range(entry.strip()));
                }
            }
        }
        return new ForwardedClient(List.copyOf(ranges));
    }

    /** The client's address: {@code remoteAddress} unless trusted proxies forwarded the request for someone. */
    public String resolve(String remoteAddress, String forwardedFor) {
        String client = remoteAddress == null || remoteAddress.isBlank() ? "unknown" : remoteAddress.strip();
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return client;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            client = hops.get(i);
        }
        return client;
    }

    boolean isTrusted(String address) {
        byte[] raw = literal(address);
        if (raw == null) {
            return false;
        }
        if (isLoopback(raw)) {
            return true;
        }
        for (byte[][] range : trustedRanges) {
            if (range[0].length == raw.length && inRange(raw, range[0], range[1][0] & 0xFF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopback(byte[] raw) {
        try {
            return InetAddress.getByAddress(raw).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static boolean inRange(byte[] address, byte[] network, int prefixBits) {
        for (int bit = 0; bit < prefixBits; bit++) {
            int mask = 0x80 >>> (bit % 8);
            if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }

    /** {network bytes, {prefix length}} of "address" or "address/prefix". */
    private static byte[][] range(String entry) {
        int slash = entry.indexOf('/');
        byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
        }
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry, e);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Not an IP address or CIDR range: " + entry);
            }
        }
        return new byte[][] {network, {(byte) prefix}};
    }

    /** The bytes of a literal IPv4/IPv6 address (no DNS lookups, ever), or {@code null}. */
    private static byte[] literal(String text) {
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        address = address.replaceFirst("%.*$", "");
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = address.contains(":") && address.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
