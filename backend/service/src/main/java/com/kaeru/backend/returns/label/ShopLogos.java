package com.kaeru.backend.returns.label;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.platform.media.ImageTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's logo for its labels. A shop stores only a logo URL (https, or a path on the portal's
 * own site), so the server fetches it — carefully, because a manager typed that URL: https only
 * (no scheme-relative {@code //host}) to hosts with public addresses (no probing of the internal
 * network through labels). The host is resolved once, every address checked, and the connection
 * goes to the checked address (TLS still names and verifies the host): resolving again to connect
 * would let a DNS answer that changes in between (rebinding) point the fetch inside. No
 * redirects, short timeouts, at most 512 KB, PNG, JPEG or WebP by their first bytes, at most
 * 2,000 × 2,000 pixels by the file's header before anything decodes it (a small PNG can declare
 * 11,000 × 11,000 pixels and unpack into 500 MB on every label). WebP, which the console accepts
 * for uploads but OpenPDF cannot read, is decoded and kept as PNG. Results, failures
 * included, are kept for an hour, so a slow or missing logo costs one request per shop and hour;
 * any failure yields a label with the shop's name alone.
 */
@ApplicationScoped
public class ShopLogos {
    static final int MAX_BYTES = 512 * 1024;
    static final Duration KEEP = Duration.ofHours(1);
    /** Widest and tallest logo accepted; labels print it a few centimetres wide. */
    static final int MAX_PIXELS = ImageTypes.LOGO_MAX_SIDE;
    private static final int MAX_ENTRIES = 1000;
    private static final Logger LOG = Logger.getLogger(ShopLogos.class.getName());
    private static final byte[] NONE = new byte[0];

    @Inject
    @ConfigProperty(name = "kaeru.label.logos", defaultValue = "true")
    boolean enabled;
    /** Site-relative logo paths resolve against this origin, as the portal's browsers do. */
    @Inject
    @ConfigProperty(name = "kaeru.portal.base-url", defaultValue = "http://localhost:8080/portal")
    String portalBaseUrl;

    Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** Name resolution, replaceable in tests; called once per fetch of an absolute URL. */
    Resolver resolver = InetAddress::getAllByName;

    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** What to fetch, and for an absolute URL the one checked address to connect to. */
    record Target(URI uri, InetAddress address) {
    }

    private record Cached(byte[] bytes, Instant fetchedAt) {
    }

    /** The logo's bytes, or {@code null} when there is none or it cannot be used. */
    public byte[] fetch(String logoUrl) {
        if (!enabled || logoUrl == null || logoUrl.isBlank()) {
            return null;
        }
        Instant now = clock.instant();
        Cached cached = cache.get(logoUrl);
        if (cached == null || cached.fetchedAt().plus(KEEP).isBefore(now)) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            cached = new Cached(download(logoUrl), now);
            cache.put(logoUrl, cached);
        }
        return cached.bytes().length == 0 ? null : cached.bytes();
    }

    private byte[] download(String logoUrl) {
        try {
            Target target = allowed(logoUrl);
            if (target == null) {
                LOG.fine(() -> "Logo URL not fetched (not https to a public host): " + logoUrl);
                return NONE;
            }
            return download(target, logoUrl);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Logo " + logoUrl + " not fetched", e);
            return NONE;
        }
    }

    /** Fetches the target (connecting to its checked address, if any) and keeps what {@link #usable} allows. */
    byte[] download(Target target, String logoUrl) {
        try {
            try (CloseableHttpClient client = client(target)) {
                HttpGet get = new HttpGet(target.uri());
                get.setHeader("Accept", "image/png, image/jpeg, image/webp");
                return client.execute(get, response -> {
                    if (response.getCode() != 200 || response.getEntity() == null) {
                        return NONE;
                    }
                    try (InputStream body = response.getEntity().getContent()) {
                        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                        return bytes.length > MAX_BYTES ? NONE : usable(bytes);
                    }
                });
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Logo " + logoUrl + " not fetched", e);
            return NONE;
        }
    }

    /** PNG or JPEG as they are, WebP as PNG, when their header declares at most {@link #MAX_PIXELS} a side. */
    static byte[] usable(byte[] bytes) {
        if (!isPngOrJpeg(bytes) && !isWebP(bytes)) {
            return NONE;
        }
        var size = ImageTypes.size(bytes);
        if (size.isEmpty() || !size.get().within(MAX_PIXELS, (long) MAX_PIXELS * MAX_PIXELS)) {
            LOG.fine(() -> "Logo refused: unreadable or larger than " + MAX_PIXELS + " pixels a side: " + size);
            return NONE;
        }
        return isWebP(bytes) ? webpAsPng(bytes) : bytes;
    }

    /**
     * The URL to fetch and, for an absolute one, the address to connect to; {@code null} when it
     * is not one we may fetch.
     */
    Target allowed(String logoUrl) throws UnknownHostException {
        if (logoUrl.startsWith("/") && !logoUrl.startsWith("//") && !logoUrl.startsWith("/\\")) {
            // Our own site: trusted like the configuration it comes from.
            return new Target(URI.create(portalBaseUrl).resolve(logoUrl), null);
        }
        URI uri;
        try {
            uri = URI.create(logoUrl);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null
                || uri.getRawAuthority() == null) {
            return null;
        }
        // Resolved here and only here: the connection goes to an address checked below.
        InetAddress[] addresses = resolver.resolve(uri.getHost());
        if (addresses.length == 0) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return null;
            }
        }
        return new Target(uri, addresses[0]);
    }

    static boolean isPublic(InetAddress address) {
        byte[] raw = address.getAddress();
        boolean uniqueLocalV6 = raw.length == 16 && (raw[0] & 0xFE) == 0xFC;
        boolean sharedV4 = raw.length == 4 && (raw[0] & 0xFF) == 100 && (raw[1] & 0xC0) == 64; // 100.64.0.0/10
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4);
    }

    static boolean isPngOrJpeg(byte[] bytes) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        boolean isPng = bytes.length > png.length && Arrays.equals(Arrays.copyOf(bytes, png.length), png);
        boolean isJpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8
                && (bytes[2] & 0xFF) == 0xFF;
        return isPng || isJpeg;
    }

    static boolean isWebP(byte[] bytes) {
        return bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F'
                && bytes[8] == 'W' && bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P';
    }

    /** A WebP logo as PNG bytes, or {@link #NONE} when it is unreadable or larger than {@link #MAX_PIXELS}. */
    static byte[] webpAsPng(byte[] webp) {
        var size = ImageTypes.size(webp);
        if (size.isEmpty() || !size.get().within(MAX_PIXELS, (long) MAX_PIXELS * MAX_PIXELS)) {
            return NONE;
        }
        // The reader is created directly: ImageIO's plugin registry does not reliably see a web app's jars.
        javax.imageio.ImageReader reader = null;
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(webp))) {
            reader = new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
            reader.setInput(in);
            java.awt.image.BufferedImage image = reader.read(0);
            java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
            return javax.imageio.ImageIO.write(image, "png", png) ? png.toByteArray() : NONE;
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.FINE, "WebP logo not decoded", unreadable);
            return NONE;
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /** See {@link ImageTypes#webpFrameSize}. */
    static int[] webpFrameSize(byte[] webp) {
        return ImageTypes.webpFrameSize(webp);
    }

    /**
     * A client for one fetch. For an absolute URL its resolver knows only the target's host and
     * answers with the address {@link #allowed} checked, so nothing resolves the name a second
     * time; the request still carries the host name (Host header, TLS SNI and certificate check).
     */
    private static CloseableHttpClient client(Target target) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(2))
                        .setSocketTimeout(Timeout.ofSeconds(3)).build());
        if (target.address() != null) {
            connections.setDnsResolver(pinned(target.uri().getHost(), target.address()));
        }
        return HttpClients.custom().setConnectionManager(connections.build()).disableRedirectHandling()
                .disableAutomaticRetries().disableCookieManagement().disableAuthCaching().build();
    }

    static DnsResolver pinned(String host, InetAddress address) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String name) throws UnknownHostException {
                if (!name.equalsIgnoreCase(host)) {
                    throw new UnknownHostException(name);
                }
                return new InetAddress[] {address};
            }

            @Override
            public String resolveCanonicalHostname(String name) {
                return name;
            }
        };
    }
}
