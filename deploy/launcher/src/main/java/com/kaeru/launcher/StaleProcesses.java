package com.kaeru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Clean-up after a crash: a launcher killed with SIGKILL leaves PostgreSQL, Keycloak and Payara
 * running with pid files behind. The next start stops those (and only those: the command line
 * must match) so that a second run after a crash works without manual steps.
 */
final class StaleProcesses {
    private static final Logger LOG = Logger.getLogger(StaleProcesses.class.getName());

    private StaleProcesses() {
    }

    /** Stops a postgres server still running on this data directory from an earlier run. */
    static void stopOrphanedPostgres(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(p -> {
                    LOG.info("Stopping PostgreSQL left over from an earlier run (pid " + p.pid() + ")");
                    terminate(p, Duration.ofSeconds(20));
                });
    }

    /** Stops the process recorded in {@code pidFile} if it is still alive and looks like {@code marker}. */
    static void stopRecorded(Path pidFile, String marker) {
        readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .ifPresent(p -> {
                    LOG.info("Stopping " + marker + " left over from an earlier run (pid " + p.pid() + ")");
                    terminate(p, Duration.ofSeconds(30));
                });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // a pid file we cannot delete is overwritten on start
        }
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
            return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** SIGTERM, wait, then SIGKILL — children first, so nothing is orphaned again. */
    static void terminate(ProcessHandle process, Duration grace) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception timeout) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
