package com.kaeru.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadBalancerTest {

    @Test
    void uisAreStickyTheApiIsNotAndEveryInstanceIsHealthChecked() {
        String config = LoadBalancer.configuration(8080, List.of(8081, 8082));

        String api = config.substring(config.indexOf("\nbackend api"), config.indexOf("\nbackend web"));
        String web = config.substring(config.indexOf("\nbackend web"));
        assertThat(api).contains("server kaeru-1 127.0.0.1:8081 check", "server kaeru-2 127.0.0.1:8082 check")
                .doesNotContain("cookie");
        assertThat(web).contains("cookie KAERU_ROUTE insert", "127.0.0.1:8081 check inter 2s fall 2 rise 1 cookie kaeru-1",
                "127.0.0.1:8082 check inter 2s fall 2 rise 1 cookie kaeru-2");
        assertThat(config).contains("bind 127.0.0.1:8080", "acl ui path_beg /admin /portal",
                "option httpchk GET /health/ready", "http-response set-header X-Kaeru-Instance %s");
    }

    /** HAProxy itself accepts the file (the package is installed by .ci/run, like Chromium). */
    @Test
    void haproxyAcceptsTheConfiguration(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, LoadBalancer.configuration(18080, List.of(18081, 18082)));
        Process check = new ProcessBuilder("/usr/sbin/haproxy", "-c", "-f", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes());
        assertThat(check.waitFor()).as(output).isZero();
    }
}
