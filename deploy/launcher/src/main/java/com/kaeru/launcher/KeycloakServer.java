package com.kaeru.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Keycloak from the Maven Central distribution, in dev mode, storing its data in Kaeru's
 * PostgreSQL (database {@code keycloak}) and importing the {@code kaeru} realm on first start.
 */
public final class KeycloakServer {
    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());

    private KeycloakServer() {
    }

    public static ManagedProcess start(StackSettings settings, String dbJdbcUrl) {
        Ports.requireFree(settings.keycloakPort(), "Keycloak", "KAERU_KEYCLOAK_PORT");
        Ports.requireFree(settings.keycloakMgmtPort(), "Keycloak management", "KAERU_KEYCLOAK_MANAGEMENT_PORT");
        Path home = unpack(settings.distDir().resolve("keycloak-dist.tar.gz"), settings.dataDir().resolve("keycloak-dist"));
        try {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(settings.realmFile(), importDir.resolve("kaeru-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new LaunchException("Could not place the Keycloak realm file: " + e.getMessage(), e);
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + settings.keycloakMgmtPort(),
                "--hostname=" + settings.keycloakUrl(),
                "--import-realm",
                "--db=postgres",
                "--db-url=" + dbJdbcUrl,
                "--db-username=" + EmbeddedDatabase.KEYCLOAK,
                "--db-password=" + EmbeddedDatabase.KEYCLOAK,
                "--health-enabled=true");
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx448m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin"));
        if (settings.smtpPort() > 0) {
            // The realm file's smtpServer reads ${KAERU_SMTP_PORT:2525} at import: invitation e-mails
            // land in the development inbox (on whatever port the system tests chose).
            env.put("KAERU_SMTP_PORT", Integer.toString(settings.smtpPort()));
        }
        LOG.info("Starting Keycloak on port " + settings.keycloakPort() + " (" + home + ")");
        return ManagedProcess.start("keycloak", "keycloak", command, home, env, settings.dataDir().resolve("run"));
    }

    public static void awaitReady(ManagedProcess keycloak, StackSettings settings) {
        keycloak.awaitHttpOk(settings.issuer() + "/.well-known/openid-configuration", Duration.ofSeconds(Long.getLong("kaeru.launcher.keycloak-timeout-seconds", 300)));
    }

    /** Unpacks the distribution once; later starts reuse it (and Keycloak's cached build). */
    static Path unpack(Path tarball, Path targetDir) {
        if (!Files.isRegularFile(tarball)) {
            throw new LaunchException("Keycloak distribution not found at " + tarball
                    + ". Build first: ./mvnw -DskipTests package");
        }
        try {
            Files.createDirectories(targetDir);
            String top = topLevelFolder(tarball);
            Path home = targetDir.resolve(top);
            if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                return home;
            }
            LOG.info("Unpacking " + tarball.getFileName() + " into " + targetDir);
            try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball));
                 TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path out = targetDir.resolve(entry.getName()).normalize();
                    if (!out.startsWith(targetDir)) {
                        throw new LaunchException("Unsafe path in Keycloak archive: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0) {
                            Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(out));
                            perms.add(PosixFilePermission.OWNER_EXECUTE);
                            Files.setPosixFilePermissions(out, perms);
                        }
                    }
                }
            }
            return home;
        } catch (IOException e) {
            throw new LaunchException("Could not unpack Keycloak: " + e.getMessage(), e);
        }
    }

    private static String topLevelFolder(Path tarball) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tarball));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry == null) {
                throw new LaunchException("Empty Keycloak archive: " + tarball);
            }
            return entry.getName().split("/")[0];
        }
    }
}
