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
        server.start();
        logos = new ShopLogos();
        logos.enabled = true;
        logos.portalBaseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/portal";
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
}
