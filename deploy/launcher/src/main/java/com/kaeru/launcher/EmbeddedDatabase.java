package com.kaeru.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL for development and tests, from the zonky binaries: no installation needed. Data
 * stays in {@code dataDir} between runs. {@link #provision} creates the roles and databases Kaeru
 * and Keycloak need, idempotently.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    /** Owns the schema and runs migrations. */
    public static final String OWNER = "kaeru_owner";
    /** What the application connects as: no superuser, no BYPASSRLS, not the owner. */
    public static final String APP = "kaeru_app";
    public static final String KEYCLOAK = "keycloak";
    /**
     * What the application switches to ({@code SET LOCAL ROLE}) for reads across an agency's shops:
     * no login, SELECT only, and the only role the shop-set policies of migration V61 apply to.
     */
    public static final String AGENCY_READER = APP + "_agency_reader";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts PostgreSQL on {@code port} with its data in {@code dataDir} (created when missing). */
    public static EmbeddedDatabase start(Path dataDir, int port) {
        return start(dataDir, port, null);
    }

    /**
     * Like {@link #start(Path, int)}, and when {@code walArchive} is given every completed WAL segment
     * is copied there: with a base backup ({@link DatabaseBackup}) that makes point-in-time restore
     * possible.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, Path walArchive) {
        try {
            Files.createDirectories(dataDir.getParent());
            StaleProcesses.stopOrphanedPostgres(dataDir);
            Ports.requireFree(port, "embedded PostgreSQL", "KAERU_DB_PORT");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (walArchive != null) {
                Files.createDirectories(walArchive);
                // PostgreSQL's own basic_archive module (fsyncs each segment, never overwrites one with
                // different content) rather than a shell archive_command: the embedded server's start
                // line cannot carry a value with spaces.
                builder.setServerConfig("wal_level", "replica")
                        .setServerConfig("archive_mode", "on")
                        .setServerConfig("archive_library", "basic_archive")
                        .setServerConfig("basic_archive.archive_directory", walArchive.toAbsolutePath().toString());
            }
            EmbeddedPostgres postgres = builder
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "64MB")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            LOG.info(() -> "PostgreSQL listening on port " + port + ", data in " + dataDir);
            return new EmbeddedDatabase(postgres, port);
        } catch (IOException e) {
            throw new LaunchException("Embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates Kaeru's and Keycloak's roles and databases when missing; passwords equal role names. */
    public void provision() {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            ensureRole(c, OWNER, "");
            ensureRole(c, APP, " nosuperuser nobypassrls nocreatedb nocreaterole");
            ensureRole(c, KEYCLOAK, "");
            if (!exists(c, "select 1 from pg_roles where rolname = ?", AGENCY_READER)) {
                s.execute("create role " + AGENCY_READER + " nologin nosuperuser nobypassrls nocreatedb nocreaterole");
            }
            // May switch to it, never inherits it: the reader's policies must not apply to the app role itself.
            s.execute("grant " + AGENCY_READER + " to " + APP + " with inherit false, set true");
            if (!exists(c, "select 1 from pg_database where datname = ?", "kaeru")) {
                s.execute("create database kaeru owner " + OWNER + " encoding 'UTF8' template template0");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", KEYCLOAK)) {
                s.execute("create database keycloak owner " + KEYCLOAK + " encoding 'UTF8' template template0");
            }
            s.execute("grant connect on database kaeru to " + APP);
        } catch (SQLException e) {
            throw new LaunchException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static void ensureRole(Connection c, String role, String options) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement s = c.createStatement()) {
                s.execute("create role " + role + " login password '" + role + "'" + options);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
