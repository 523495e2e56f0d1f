package com.kaeru.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.kaeru.launcher.FileTrees;
import com.kaeru.launcher.Ports;
import org.junit.jupiter.api.Test;

/**
 * Issue 9.4: nothing may outlive the launcher. A SIGTERM (what Ctrl-C, {@code kill} or a process
 * supervisor sends) while the stack is still starting is the hard case: the launcher once
 * registered its shutdown hook only after start-up, so PostgreSQL, Keycloak and Payara kept running.
 */
class LauncherStopIT {

    @Test
    void sigtermDuringStartUpStopsEveryProcessTheLauncherStarted() throws Exception {
        Path data = Path.of("target/launcher-stop").toAbsolutePath();
        FileTrees.deleteQuietly(data);
        Path dist = Path.of(System.getProperty("kaeru.system.dist"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), "com.kaeru.launcher.KaeruLauncher")
                .redirectErrorStream(true).redirectOutput(data.resolveSibling("launcher-stop.log").toFile());
        Files.createDirectories(data);
        int[] ports = Ports.free(6);
        builder.environment().putAll(Map.of(
                "KAERU_DATA_DIR", data.toString(),
                "KAERU_DIST_DIR", dist.toString(),
                "KAERU_WARS", dist.resolve("api.war").toString(),
                "KAERU_REALM_FILE", System.getProperty("kaeru.system.realm"),
                "KAERU_HTTP_PORT", Integer.toString(ports[0]),
                "KAERU_KEYCLOAK_PORT", Integer.toString(ports[1]),
                "KAERU_KEYCLOAK_MANAGEMENT_PORT", Integer.toString(ports[2]),
                "KAERU_DB_PORT", Integer.toString(ports[3]),
                "KAERU_SMTP_PORT", Integer.toString(ports[4]),
                "KAERU_MAIL_UI_PORT", Integer.toString(ports[5])));
        Process launcher = builder.start();
        try {
            // Payara is the last part started: once its pid file exists, every kind of process runs.
            await().atMost(Duration.ofMinutes(3)).until(() -> Files.exists(data.resolve("run/payara.pid"))
                    || !launcher.isAlive());
            assertThat(launcher.isAlive()).as("launcher still starting").isTrue();
            assertThat(processesUnder(data)).as("started processes").isNotEmpty();

            launcher.destroy(); // SIGTERM

            assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).as("launcher exited").isTrue();
            assertThat(processesUnder(data)).as("processes left after the launcher exited").isEmpty();
        } finally {
            launcher.destroyForcibly();
            processesUnder(data).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** Every process whose command line names the data directory: PostgreSQL, Keycloak, Payara. */
    private static List<ProcessHandle> processesUnder(Path data) {
        String marker = data + File.separator;
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }
}
