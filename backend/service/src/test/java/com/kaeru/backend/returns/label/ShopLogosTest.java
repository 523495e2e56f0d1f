package com.kaeru.backend.returns.label;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import com.kaeru.backend.it.Images;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopLogosTest {
    private static final byte[] PNG = Images.png(120, 40, 1);
    private static final byte[] JPEG = Images.jpeg(120, 40, 1);

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
        serve("/bomb.png", 200, Images.pngDeclaring(11_000, 11_000));
        serve("/bomb.jpg", 200, Images.jpegDeclaring(11_000, 11_000));
        serve("/signature-only.png", 200, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
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
            "https://user@8.8.8.8/logo.png", "file:///etc/passwd", "//127.0.0.1/logo.png", "//example.com/logo.png",
            "/\\example.com/logo.png", "https:///logo.png", "https:example.com/logo.png"})
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

    @ParameterizedTest
    @ValueSource(strings = {"/bomb.png", "/bomb.jpg", "/signature-only.png"})
    void aLogoDeclaringMorePixelsThanALabelNeedsIsRefusedBeforeDecoding(String path) {
        // 11,000 × 11,000 in a file of a few hundred bytes: ~500 MB once decoded, on every label.
        assertThat(logos.fetch(path)).isNull();
        assertThat(requests).hasValue(1);
    }

    @Test
    void aLogoAtTheLimitIsKept() {
        byte[] atLimit = Images.pngDeclaring(ShopLogos.MAX_PIXELS, 10);
        assertThat(ShopLogos.usable(atLimit)).isEqualTo(atLimit);
        assertThat(ShopLogos.usable(Images.pngDeclaring(ShopLogos.MAX_PIXELS + 1, 10))).isEmpty();
    }

    @Test
    void theHostIsResolvedOnceAndTheConnectionGoesToTheAddressThatWasChecked() throws Exception {
        // A rebinding DNS server: a public address for the check, then the metadata service.
        AtomicInteger lookups = new AtomicInteger();
        InetAddress checked = InetAddress.getByAddress("logo.example", new byte[] {(byte) 203, 0, 113, 10});
        InetAddress inside = InetAddress.getByAddress("logo.example", new byte[] {(byte) 169, (byte) 254, (byte) 169, (byte) 254});
        logos.resolver = host -> new InetAddress[] {lookups.incrementAndGet() == 1 ? checked : inside};

        ShopLogos.Target target = logos.allowed("https://logo.example/brand.png");

        assertThat(target.address()).isEqualTo(checked);
        assertThat(target.uri().getHost()).isEqualTo("logo.example"); // Host header, SNI and certificate check
        assertThat(lookups).hasValue(1);
        // The client's resolver answers with the checked address and asks nobody.
        var pinned = ShopLogos.pinned("logo.example", checked);
        assertThat(pinned.resolve("LOGO.example")).containsExactly(checked);
        assertThat(pinned.resolveCanonicalHostname("logo.example")).isEqualTo("logo.example");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> pinned.resolve("elsewhere.example"))
                .isInstanceOf(java.net.UnknownHostException.class);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void aHostWithAnyPrivateAddressIsRefused() throws Exception {
        logos.resolver = host -> new InetAddress[] {InetAddress.getByAddress(new byte[] {8, 8, 8, 8}),
                InetAddress.getByAddress(new byte[] {10, 0, 0, 1})};
        assertThat(logos.allowed("https://mixed.example/logo.png")).isNull();
    }

    @Test
    void aPinnedFetchConnectsToTheCheckedAddressWithoutResolvingAgain() throws Exception {
        // Plain http to the test server through the same client code: the URL names a host that
        // does not exist in DNS, so the bytes can only arrive through the pinned address.
        ShopLogos.Target target = new ShopLogos.Target(
                java.net.URI.create("http://logo.invalid:" + server.getAddress().getPort() + "/logo.png"),
                InetAddress.getLoopbackAddress());
        assertThat(logos.download(target, "test")).isEqualTo(PNG);
        assertThat(requests).hasValue(1);
    }
}
