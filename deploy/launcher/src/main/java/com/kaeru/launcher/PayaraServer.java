package com.kaeru.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Payara Micro serving the backend API, the staff console and the portal in one JVM. */
public final class PayaraServer {
    private static final Logger LOG = Logger.getLogger(PayaraServer.class.getName());

    private PayaraServer() {
    }

    public static ManagedProcess start(StackSettings settings, Map<String, String> extraProperties) {
        return start(settings, extraProperties, "payara", settings.httpPort());
    }

    /**
     * One instance named {@code name} (its root dir, log and pid file) on {@code port}; several
     * instances of one stack share the database, Keycloak and the mail server.
     */
    public static ManagedProcess start(StackSettings settings, Map<String, String> extraProperties, String name,
                                       int port) {
        Ports.requireFree(port, "Payara Micro", "KAERU_HTTP_PORT");
        Path jar = settings.distDir().resolve("payara-micro.jar");
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException("Payara Micro not found at " + jar + ". Build first: ./mvnw -DskipTests package");
        }
        for (Path war : settings.wars()) {
            if (!Files.isRegularFile(war)) {
                throw new LaunchException("Missing " + war + ". Build first: ./mvnw -DskipTests package");
            }
        }
        Path rootDir = settings.dataDir().resolve(name);
        FileTrees.deleteQuietly(rootDir);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms128m");
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.io.tmpdir=" + settings.dataDir().resolve("run/tmp"));
        Map<String, String> properties = applicationProperties(settings, System.getenv(), extraProperties);
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString(), "--nocluster", "--rootdir", rootDir.toString(),
                "--port", Integer.toString(port), "--prebootcommandfile", preBootCommands(settings, name).toString()));
        for (Path war : settings.wars()) {
            command.add("--deploy");
            command.add(war.toString());
        }
        try {
            Files.createDirectories(settings.dataDir().resolve("run/tmp"));
        } catch (java.io.IOException e) {
            throw new LaunchException("Cannot create " + settings.dataDir().resolve("run/tmp"), e);
        }
        LOG.info("Starting Payara Micro (" + name + ") on port " + port);
        return ManagedProcess.start(name, "payara-micro", command, settings.dataDir(), Map.of(),
                settings.dataDir().resolve("run"));
    }

    /**
     * Writes the launcher's copy of {@code deploy/payara/pre-boot.asadmin} (HTTP/2 off on the plain listener, a
     * fixed-size HTTP pool) next to the instance's other run files, where Payara reads it at boot.
     */
    static Path preBootCommands(StackSettings settings, String name) {
        Path file = settings.dataDir().resolve("run").resolve(name + "-pre-boot.asadmin");
        try (java.io.InputStream in = PayaraServer.class.getResourceAsStream("/payara/pre-boot.asadmin")) {
            if (in == null) {
                throw new LaunchException("pre-boot.asadmin missing from the launcher jar: rebuild it");
            }
            Files.createDirectories(file.getParent());
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (java.io.IOException e) {
            throw new LaunchException("Cannot write " + file, e);
        }
    }

    /**
     * The MicroProfile Config values the three WARs get as system properties. The launcher is the
     * development run (dev realm, shipped dev secrets, mail catcher), so it sets {@code
     * kaeru.mode=development} unless {@code KAERU_MODE} says otherwise; without it the apps, which
     * default to production, would refuse the shipped secrets.
     */
    static Map<String, String> applicationProperties(StackSettings settings, Map<String, String> env,
                                                     Map<String, String> extraProperties) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("kaeru.mode", StackSettings.value(env, "KAERU_MODE").orElse("development"));
        properties.put("kaeru.db.url", settings.dbUrl());
        // The read-only data source of the heavy reads (a replica); the primary when unset.
        StackSettings.value(env, "KAERU_DB_READ_URL").ifPresent(url -> properties.put("kaeru.db.read-url", url));
        StackSettings.value(env, "KAERU_DB_READ_USER").ifPresent(user -> properties.put("kaeru.db.read-user", user));
        StackSettings.value(env, "KAERU_DB_READ_PASSWORD")
                .ifPresent(password -> properties.put("kaeru.db.read-password", password));
        properties.put("kaeru.demo-data.enabled", Boolean.toString(settings.demoData()));
        properties.put("mp.jwt.verify.issuer", settings.issuer());
        properties.put("mp.jwt.verify.publickey.location", settings.issuer() + "/protocol/openid-connect/certs");
        properties.put("kaeru.oidc.provider-uri", settings.issuer());
        properties.put("kaeru.keycloak.url", settings.keycloakUrl());
        properties.put("kaeru.api.url", settings.baseUrl() + "/api/v1");
        properties.put("kaeru.portal.base-url", settings.baseUrl() + "/portal");
        if (settings.smtpPort() > 0) {
            properties.put("kaeru.mail.smtp.port", Integer.toString(settings.smtpPort()));
        }
        properties.putAll(extraProperties);
        return properties;
    }

    /**
     * Ready when health says UP and includes the readiness check of every deployed application
     * (the backend's database, the console's and the portal's own: each is UP only once its
     * Vaadin service runs and the API answers it), and every UI answers at its context root.
     * A check that is missing means its application is still deploying: Payara answers UP for
     * whatever is deployed so far.
     */
    public static void awaitReady(ManagedProcess payara, StackSettings settings) {
        awaitReady(payara, settings, settings.baseUrl());
    }

    /** {@link #awaitReady(ManagedProcess, StackSettings)} for the instance answering at {@code baseUrl}. */
    public static void awaitReady(ManagedProcess payara, StackSettings settings, String baseUrl) {
        Duration timeout = Duration.ofSeconds(Long.getLong("kaeru.launcher.payara-timeout-seconds", 240));
        java.util.List<String> checks = requiredChecks(settings.wars());
        payara.await(baseUrl + "/health/ready", timeout, (status, body) -> status == 200
                && checks.stream().allMatch(body::contains));
        for (Path war : settings.wars()) {
            String context = war.getFileName().toString().replaceFirst("\\.war$", "");
            if (!context.equals("api")) {
                payara.await(baseUrl + "/" + context + "/", timeout, (status, body) -> status < 404);
            }
        }
    }

    /** The readiness checks that must be present for these WARs to be ready. */
    static java.util.List<String> requiredChecks(java.util.List<Path> wars) {
        java.util.Map<String, String> checkOf = java.util.Map.of("api.war", "kaeru-database",
                "admin.war", "kaeru-console", "portal.war", "kaeru-portal");
        return wars.stream().map(w -> checkOf.get(w.getFileName().toString())).filter(java.util.Objects::nonNull)
                .toList();
    }
}
