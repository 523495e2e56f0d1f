package com.kaeru.backend.returns.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopLogosTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private ShopLogos logos;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/logo.png", 200, PNG);
        serve("/logo.jpg", 200, JPEG);
        serve("/page.html", 200, "<html></html>".getBytes());
        serve("/huge.png", 200, java.util.Arrays.copyOf(PNG, ShopLogos.MAX_BYTES + 1));
        serve("/gone.png", 404, PNG);
        serve("/logo.webp", 200, resource("sakura-logo.webp"));
        serve("/logo-lossless.webp", 200, resource("sakura-logo-lossless.webp"));
        serve("/broken.webp", 200, java.util.Arrays.copyOf(resource("sakura-logo.webp"), 40));
        server.start();
        logos = new ShopLogos();
        logos.enabled = true;
        logos.portalBaseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/portal";
    }

    private static byte[] resource(String name) {
        try (var in = ShopLogosTest.class.getResourceAsStream("/logos/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void serve(String path, int status, byte[] body) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void sitePathsComeFromThePortalsOwnOriginAndOnlyPngOrJpegIsKept() {
        assertThat(logos.fetch("/logo.png")).isEqualTo(PNG);
        assertThat(logos.fetch("/logo.jpg")).isEqualTo(JPEG);
        assertThat(logos.fetch("/page.html")).isNull();
        assertThat(logos.fetch("/huge.png")).isNull();
        assertThat(logos.fetch("/gone.png")).isNull();
    }

    @Test
    void resultsAndFailuresAreKeptForAnHour() {
        Instant start = Instant.parse("2026-11-21T03:00:00Z");
        logos.clock = Clock.fixed(start, ZoneOffset.UTC);
        logos.fetch("/logo.png");
        logos.fetch("/gone.png");
        logos.fetch("/logo.png");
        logos.fetch("/gone.png");
        assertThat(requests).hasValue(2);
        logos.clock = Clock.fixed(start.plus(ShopLogos.KEEP).plusSeconds(1), ZoneOffset.UTC);
        logos.fetch("/logo.png");
        assertThat(requests).hasValue(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/logo.png", "https://127.0.0.1/logo.png", "https://localhost/logo.png",
            "https://10.0.0.8/logo.png", "https://192.168.1.1/logo.png", "https://169.254.169.254/latest",
            "https://[::1]/logo.png", "https://[fd00::1]/logo.png", "https://100.64.0.1/logo.png",
            "https://user@8.8.8.8/logo.png", "file:///etc/passwd", "//127.0.0.1/logo.png"})
    void absoluteUrlsMustBeHttpsToAPublicHost(String url) throws Exception {
        assertThat(logos.allowed(url)).isNull();
        assertThat(logos.fetch(url)).isNull();
        assertThat(requests).hasValue(0);
    }

    @Test
    void nothingIsFetchedWhenSwitchedOffOrUnset() {
        assertThat(logos.fetch(null)).isNull();
        assertThat(logos.fetch(" ")).isNull();
        logos.enabled = false;
        assertThat(logos.fetch("/logo.png")).isNull();
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/logo.webp", "/logo-lossless.webp"})
    void aWebPLogoIsKeptAsAPngOfTheSamePicture(String path) throws IOException {
        byte[] png = logos.fetch(path);

        assertThat(ShopLogos.isPngOrJpeg(png)).isTrue();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(40);
        // The brand colour (#C2185B) in the corner, white in the stripes, within lossy tolerance.
        java.awt.Color corner = new java.awt.Color(image.getRGB(2, 2));
        assertThat(corner.getRed()).isBetween(0xB0, 0xD4);
        assertThat(corner.getGreen()).isBetween(0x00, 0x2C);
        assertThat(corner.getBlue()).isBetween(0x48, 0x6E);
        assertThat(new java.awt.Color(image.getRGB(24, 20)).getGreen()).isGreaterThan(0xE0);
    }

    @Test
    void aBrokenWebPLeavesTheLabelWithTheShopsNameAlone() {
        assertThat(logos.fetch("/broken.webp")).isNull();
    }

    @Test
    void aWebPThatWouldUnpackLargerThanALabelNeedsIsRefusedBeforeDecoding() throws IOException {
        // A lossless header claiming 16,000 × 16,000 pixels: refused by its size, no pixels decoded.
        byte[] claimsHuge = resource("sakura-logo-lossless.webp");
        int width = 15999;
        int height = 15999;
        long bits = (width & 0x3FFF) | ((long) (height & 0x3FFF) << 14);
        claimsHuge[21] = (byte) bits;
        claimsHuge[22] = (byte) (bits >> 8);
        claimsHuge[23] = (byte) (bits >> 16);
        claimsHuge[24] = (byte) ((claimsHuge[24] & 0xF0) | ((bits >> 24) & 0x0F));
        assertThat(ShopLogos.webpAsPng(claimsHuge)).isEmpty();
    }

    @Test
    void theFrameSizeIsReadFromTheImageChunkItself() {
        assertThat(ShopLogos.webpFrameSize(resource("sakura-logo.webp"))).containsExactly(120, 40);
        assertThat(ShopLogos.webpFrameSize(resource("sakura-logo-lossless.webp"))).containsExactly(120, 40);
        // A lossy frame claiming 16,383 × 16,383 behind any canvas is refused before decoding.
        byte[] claimsHuge = resource("sakura-logo.webp");
        claimsHuge[26] = (byte) 0xFF;
        claimsHuge[27] = (byte) 0x3F;
        claimsHuge[28] = (byte) 0xFF;
        claimsHuge[29] = (byte) 0x3F;
        assertThat(ShopLogos.webpFrameSize(claimsHuge)).containsExactly(16383, 16383);
        assertThat(ShopLogos.webpAsPng(claimsHuge)).isEmpty();
    }
}
