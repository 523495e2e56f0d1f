package com.kaeru.backend.returns.label;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The shop's logo for its labels. A shop stores only a logo URL (https, or a path on the portal's
 * own site), so the server fetches it — carefully, because a manager typed that URL: https only
 * to hosts with public addresses (no probing of the internal network through labels), no
 * redirects, short timeouts, at most 512 KB, PNG, JPEG or WebP by their first bytes (WebP, which
 * the console accepts for uploads but OpenPDF cannot read, is decoded and kept as PNG; at most
 * 2,000 × 2,000 pixels, so a small file cannot unpack into a huge image). Results, failures
 * included, are kept for an hour, so a slow or missing logo costs one request per shop and hour;
 * any failure yields a label with the shop's name alone.
 */
@ApplicationScoped
public class ShopLogos {
    static final int MAX_BYTES = 512 * 1024;
    static final Duration KEEP = Duration.ofHours(1);
    /** Widest and tallest logo decoded from WebP; labels print it a few centimetres wide. */
    static final int MAX_PIXELS = 2000;
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
    private volatile HttpClient http;

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
            URI uri = allowed(logoUrl);
            if (uri == null) {
                LOG.fine(() -> "Logo URL not fetched (not https to a public host): " + logoUrl);
                return NONE;
            }
            HttpResponse<InputStream> response = client().send(HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(3)).header("Accept", "image/png, image/jpeg, image/webp").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return NONE;
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    return NONE;
                }
                return isPngOrJpeg(bytes) ? bytes : isWebP(bytes) ? webpAsPng(bytes) : NONE;
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.FINE, "Logo " + logoUrl + " not fetched", e);
            return NONE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NONE;
        }
    }

    /** The URL to fetch, or {@code null} when it is not one we may fetch. */
    URI allowed(String logoUrl) throws UnknownHostException {
        if (logoUrl.startsWith("/") && !logoUrl.startsWith("//")) {
            // Our own site: trusted like the configuration it comes from.
            return URI.create(portalBaseUrl).resolve(logoUrl);
        }
        URI uri = URI.create(logoUrl);
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getUserInfo() != null) {
            return null;
        }
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
            if (!isPublic(address)) {
                return null;
            }
        }
        return uri;
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
        // The reader is created directly: ImageIO's plugin registry does not reliably see a web app's jars.
        javax.imageio.ImageReader reader = null;
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(webp))) {
            reader = new com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi().createReaderInstance();
            reader.setInput(in);
            // The canvas (VP8X) and the frame inside may claim different sizes: both must be small.
            int[] frame = webpFrameSize(webp);
            if (frame == null || frame[0] > MAX_PIXELS || frame[1] > MAX_PIXELS
                    || reader.getWidth(0) > MAX_PIXELS || reader.getHeight(0) > MAX_PIXELS) {
                return NONE;
            }
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

    /**
     * Width and height of the still image inside a WebP file, read from its VP8 or VP8L chunk header,
     * or {@code null} when there is none (animations included: a logo is one picture).
     */
    static int[] webpFrameSize(byte[] webp) {
        int at = 12;
        while (at + 8 <= webp.length) {
            String type = new String(webp, at, 4, java.nio.charset.StandardCharsets.US_ASCII);
            long size = (webp[at + 4] & 0xFFL) | (webp[at + 5] & 0xFFL) << 8 | (webp[at + 6] & 0xFFL) << 16
                    | (webp[at + 7] & 0xFFL) << 24;
            int data = at + 8;
            if ("ANIM".equals(type) || "ANMF".equals(type)) {
                return null;
            }
            if ("VP8 ".equals(type) && data + 10 <= webp.length) {
                // Frame tag (3 bytes), start code 9D 01 2A, then 14-bit width and height.
                return new int[] {((webp[data + 6] & 0xFF) | (webp[data + 7] & 0xFF) << 8) & 0x3FFF,
                        ((webp[data + 8] & 0xFF) | (webp[data + 9] & 0xFF) << 8) & 0x3FFF};
            }
            if ("VP8L".equals(type) && data + 5 <= webp.length) {
                long bits = (webp[data + 1] & 0xFFL) | (webp[data + 2] & 0xFFL) << 8 | (webp[data + 3] & 0xFFL) << 16
                        | (webp[data + 4] & 0xFFL) << 24;
                return new int[] {(int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1};
            }
            at = (int) Math.min(Integer.MAX_VALUE, data + size + (size & 1));
        }
        return null;
    }

    private HttpClient client() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                client = http;
            }
        }
        return client;
    }
}
