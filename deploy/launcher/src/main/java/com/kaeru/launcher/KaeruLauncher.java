package com.kaeru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./deploy/run.sh}: starts the whole system, prints where to go and how to log in, and
 * stops everything on Ctrl-C or SIGTERM. {@code --fresh} wipes the data first; {@code --instances N}
 * runs N Payara Micro instances behind HAProxy.
 */
public final class KaeruLauncher {

    private KaeruLauncher() {
    }

    public static void main(String[] args) {
        Instant started = Instant.now();
        configureLogging();
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("Usage: ./deploy/run.sh [--fresh] [--instances N]\n  --fresh  wipe the database, Keycloak users "
                    + "and logs in deploy/.data before starting\n  --instances N  run N Payara Micro instances "
                    + "behind HAProxy (sticky UIs, round-robin API) on the HTTP port; the instances on the ports after it");
            return;
        }
        Path home = Path.of(System.getProperty("kaeru.home", ".")).toAbsolutePath().normalize();
        try {
            StackSettings settings = StackSettings.fromEnvironment(home, System.getenv());
            int instancesArgument = arguments.indexOf("--instances");
            if (instancesArgument >= 0) {
                settings = settings.withInstances(instances(arguments, instancesArgument));
            }
            Path lock = settings.dataDir().resolve("run/launcher.pid");
            refuseSecondInstance(lock);
            if (arguments.contains("--fresh")) {
                wipe(settings);
            }
            Files.createDirectories(lock.getParent());
            Files.writeString(lock, Long.toString(ProcessHandle.current().pid()));

            // The hook comes first: a Ctrl-C or SIGTERM during start-up must stop what has started.
            KaeruStack stack = KaeruStack.create(settings);
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                System.out.println("\nStopping Kaeru…");
                stopRequested = true;
                stack.close();
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException ignored) {
                    // stale lock files are detected by pid on the next start
                }
                stopped.countDown();
            }, "kaeru-shutdown"));
            stack.run(Map.of());
            printBanner(settings, Duration.between(started, Instant.now()));
            stopped.await();
        } catch (LaunchException e) {
            if (stopRequested) {
                return; // stopped during start-up: the hook is stopping everything, nothing failed
            }
            System.err.println("\nKaeru could not start: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("\nKaeru could not start: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int instances(List<String> arguments, int at) {
        try {
            return Integer.parseInt(arguments.get(at + 1));
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new LaunchException("--instances needs a number, e.g. --instances 2");
        }
    }

    /** Set by the shutdown hook, so a stop during start-up is not reported as a failure. */
    private static volatile boolean stopRequested;

    private static void configureLogging() {
        try (var config = KaeruLauncher.class.getResourceAsStream("/logging.properties")) {
            if (config != null) {
                java.util.logging.LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            System.err.println("Default logging (" + e.getMessage() + ")");
        }
    }

    private static void refuseSecondInstance(Path lock) {
        StaleProcesses.readPid(lock).flatMap(ProcessHandle::of)
                .filter(p -> p.info().commandLine().map(c -> c.contains("kaeru-launcher")).orElse(false))
                .ifPresent(p -> {
                    throw new LaunchException("Kaeru is already running (pid " + p.pid() + "). Stop it with "
                            + "Ctrl-C in its terminal or `kill " + p.pid() + "`.");
                });
    }

    private static void wipe(StackSettings settings) {
        System.out.println("--fresh: removing database, Payara state and logs under " + settings.dataDir());
        StaleProcesses.stopOrphanedPostgres(settings.dataDir().resolve("postgres"));
        StaleProcesses.stopRecorded(settings.dataDir().resolve("run/keycloak.pid"), "keycloak");
        StaleProcesses.stopRecorded(settings.dataDir().resolve("run/payara.pid"), "payara-micro");
        FileTrees.deleteQuietly(settings.dataDir().resolve("postgres"));
        FileTrees.deleteQuietly(settings.dataDir().resolve("payara"));
        for (int i = 1; i <= 8; i++) {
            StaleProcesses.stopRecorded(settings.dataDir().resolve("run/payara-" + i + ".pid"), "payara-micro");
            FileTrees.deleteQuietly(settings.dataDir().resolve("payara-" + i));
        }
        FileTrees.deleteQuietly(settings.dataDir().resolve("run"));
    }

    private static void printBanner(StackSettings s, Duration took) {
        String base = s.baseUrl();
        System.out.printf("""

                ──────────────────────────────────────────────────────────────
                 Kaeru 返る is running (ready in %d s)

                 Customer portal   %s/portal/sakura-apparel   (also kumo-zakka, umi-outdoor)
                 Staff console     %s/admin
                 REST API          %s/api/v1   (OpenAPI: %s/openapi)
                 Health            %s/health/ready
                 Keycloak          %s   (admin console: admin / admin)
                 Customer e-mails  http://localhost:%d   (development inbox)

                 Demo logins (password kaeru-demo):
                   agency            agency admin of demo-agency (sakura-apparel, kumo-zakka)
                   sakura-operator   operator in sakura-apparel
                   sakura-manager    manager in sakura-apparel
                   sakura-analyst    analyst in sakura-apparel
                   umi-manager       manager in umi-outdoor
                   mixed-staff       operator in sakura-apparel, manager in kumo-zakka

                 %s
                 Logs: %s
                 Ctrl-C stops everything.
                ──────────────────────────────────────────────────────────────
                """, took.toSeconds(), base, base, base, base, base, s.keycloakUrl(), s.mailUiPort(),
                s.instances() == 1 ? "" : s.instances() + " instances behind HAProxy on ports "
                        + java.util.stream.IntStream.range(0, s.instances()).mapToObj(i -> Integer.toString(s.instancePort(i)))
                                .collect(java.util.stream.Collectors.joining(", ")) + "\n",
                s.dataDir().resolve("run"));
    }
}
