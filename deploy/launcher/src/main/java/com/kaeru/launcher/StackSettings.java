package com.kaeru.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything lives and listens. Every value comes from an environment variable (or the
 * system property of the same name in lower case with dots), with a default for the embedded run.
 *
 * @param dataDir          folder for PostgreSQL data, Keycloak, Payara's root dir, logs and pid files
 * @param distDir          folder holding payara-micro.jar and keycloak-dist.tar.gz
 * @param wars             the WARs to deploy: api.war, admin.war, portal.war (file names give the context roots)
 * @param realmFile        Keycloak realm to import on first start
 * @param httpPort         Payara Micro HTTP port
 * @param keycloakPort     Keycloak HTTP port
 * @param keycloakMgmtPort Keycloak management (health) port
 * @param dbPort           embedded PostgreSQL port
 * @param externalDbUrl    JDBC URL of an external PostgreSQL; embedded PostgreSQL is skipped when set
 * @param externalKeycloak base URL of an external Keycloak; the embedded one is skipped when set
 * @param demoData         load the demo shops
 * @param smtpPort         port of the development SMTP server (mail catcher); 0 = none
 * @param mailUiPort       port of the development inbox page
 * @param instances        Payara Micro instances; more than one puts HAProxy on {@code httpPort} and the
 *                         instances on the ports after it ({@code --instances}, {@code KAERU_INSTANCES})
 */
public record StackSettings(Path dataDir, Path distDir, java.util.List<Path> wars, Path realmFile,
                            int httpPort, int keycloakPort, int keycloakMgmtPort, int dbPort,
                            Optional<String> externalDbUrl, Optional<String> externalKeycloak,
                            boolean demoData, int smtpPort, int mailUiPort, int instances) {

    /** One instance. */
    public StackSettings(Path dataDir, Path distDir, java.util.List<Path> wars, Path realmFile,
                         int httpPort, int keycloakPort, int keycloakMgmtPort, int dbPort,
                         Optional<String> externalDbUrl, Optional<String> externalKeycloak,
                         boolean demoData, int smtpPort, int mailUiPort) {
        this(dataDir, distDir, wars, realmFile, httpPort, keycloakPort, keycloakMgmtPort, dbPort, externalDbUrl,
                externalKeycloak, demoData, smtpPort, mailUiPort, 1);
    }

    public StackSettings {
        if (instances < 1 || instances > 8) {
            throw new LaunchException("Instances must be between 1 and 8, not " + instances);
        }
    }

    public static StackSettings fromEnvironment(Path home, Map<String, String> env) {
        return new StackSettings(
                path(env, "KAERU_DATA_DIR", home.resolve("deploy/.data")),
                path(env, "KAERU_DIST_DIR", home.resolve("deploy/launcher/target/dist")),
                value(env, "KAERU_WARS").map(StackSettings::paths).orElse(java.util.List.of(
                        home.resolve("backend/service/target/api.war"),
                        home.resolve("admin-ui/target/admin.war"),
                        home.resolve("portal-ui/target/portal.war"))),
                path(env, "KAERU_REALM_FILE", home.resolve("deploy/keycloak/kaeru-realm-dev.json")),
                integer(env, "KAERU_HTTP_PORT", 8080),
                integer(env, "KAERU_KEYCLOAK_PORT", 8180),
                integer(env, "KAERU_KEYCLOAK_MANAGEMENT_PORT", 9180),
                integer(env, "KAERU_DB_PORT", 15432),
                value(env, "KAERU_DB_URL"),
                value(env, "KAERU_KEYCLOAK_URL"),
                !"false".equalsIgnoreCase(value(env, "KAERU_DEMO_DATA").orElse("true")),
                integer(env, "KAERU_SMTP_PORT", 2525),
                integer(env, "KAERU_MAIL_UI_PORT", 8025),
                integer(env, "KAERU_INSTANCES", 1));
    }

    /** The same settings with {@code count} instances (the launcher's {@code --instances N}). */
    public StackSettings withInstances(int count) {
        return new StackSettings(dataDir, distDir, wars, realmFile, httpPort, keycloakPort, keycloakMgmtPort, dbPort,
                externalDbUrl, externalKeycloak, demoData, smtpPort, mailUiPort, count);
    }

    /** Port of instance {@code index} (0-based): the HTTP port itself for one instance, the ports after it for more. */
    public int instancePort(int index) {
        return instances == 1 ? httpPort : httpPort + 1 + index;
    }

    public String keycloakUrl() {
        return externalKeycloak.orElse("http://localhost:" + keycloakPort);
    }

    public String issuer() {
        return keycloakUrl() + "/realms/kaeru";
    }

    public String dbUrl() {
        return externalDbUrl.orElse("jdbc:postgresql://localhost:" + dbPort + "/kaeru");
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public StackSettings withPorts(int http, int keycloak, int keycloakMgmt, int db) {
        return new StackSettings(dataDir, distDir, wars, realmFile, http, keycloak, keycloakMgmt, db,
                externalDbUrl, externalKeycloak, demoData, smtpPort, mailUiPort, instances);
    }

    static Optional<String> value(Map<String, String> env, String name) {
        String fromProperty = System.getProperty(name.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
        String raw = fromProperty != null ? fromProperty : env.get(name);
        return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
    }

    private static java.util.List<Path> paths(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
    }

    private static Path path(Map<String, String> env, String name, Path fallback) {
        return value(env, name).map(Path::of).orElse(fallback).toAbsolutePath().normalize();
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        return value(env, name).map(v -> {
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new LaunchException(name + " must be a whole number, not '" + v + "'");
            }
        }).orElse(fallback);
    }
}
