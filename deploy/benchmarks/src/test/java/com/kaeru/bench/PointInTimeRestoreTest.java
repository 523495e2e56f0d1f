package com.kaeru.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.kaeru.launcher.DatabaseBackup;
import com.kaeru.launcher.EmbeddedDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented backup works: a base backup plus the WAL archive restores Kaeru's database to the
 * instant before a mistake, with every return committed by then and nothing after it
 * (docs/operations.md). Real PostgreSQL, real migrations, returns written by the benchmark's
 * generator.
 */
class PointInTimeRestoreTest {
    private static final Path MIGRATIONS = Path.of("../../backend/service/src/main/resources/db/migration");

    @TempDir
    Path dir;

    @Test
    void restoresEveryReturnCommittedBeforeTheTargetAndNoneOfTheDeleteAfterIt() throws Exception {
        Path archive = dir.resolve("wal-archive");
        Path base = dir.resolve("base-backup");
        Snapshot beforeMistake;
        Instant target;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("primary"), freePort(), archive)) {
            db.provision();
            Flyway.configure().dataSource(db.jdbcUrl("kaeru"), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)
                    .locations("filesystem:" + MIGRATIONS.toAbsolutePath())
                    .placeholders(Map.of("appRole", EmbeddedDatabase.APP)).load().migrate();
            // The base backup predates the returns: restoring them proves the WAL replay, not the copy.
            DatabaseBackup.takeBaseBackup(db.jdbcUrl("postgres"), dir.resolve("primary"), base);
            try (Connection c = superuser(db)) {
                QueueData.generate(c, 3, 600, 1, 0.42);
                c.setAutoCommit(true);
                beforeMistake = Snapshot.of(c);
                target = now(c);
                QueueData.delete(c);
                c.setAutoCommit(true);
                assertThat(Snapshot.of(c).returns()).isZero();
                archiveCurrentSegment(c);
            }
        }
        assertThat(beforeMistake.returns()).isEqualTo(600);

        DatabaseBackup.prepareRestore(base, archive, target, dir.resolve("restored"));
        try (EmbeddedDatabase restored = EmbeddedDatabase.start(dir.resolve("restored"), freePort());
             Connection c = superuser(restored)) {
            awaitPromotion(c);
            assertThat(Snapshot.of(c)).isEqualTo(beforeMistake);
            // Open for writes again: the restored database is a primary, not a replica.
            try (Statement s = c.createStatement()) {
                s.execute("create table restore_check (id int)");
            }
        }
    }

    /** Counts and a digest of the bench shops' returns and lines: equal only if every row came back. */
    record Snapshot(long returns, long lines, String digest) {
        static Snapshot of(Connection c) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    select (select count(*) from return_request r join shop s on s.id = r.shop_id where s.slug like 'bench-%'),
                           (select count(*) from return_line l join shop s on s.id = l.shop_id where s.slug like 'bench-%'),
                           (select md5(coalesce(string_agg(s.slug || ':' || r.rma_number || ':' || r.status, ',' order by s.slug, r.rma_number), ''))
                              from return_request r join shop s on s.id = r.shop_id where s.slug like 'bench-%')
                    """)) {
                rs.next();
                return new Snapshot(rs.getLong(1), rs.getLong(2), rs.getString(3));
            }
        }
    }

    private static Instant now(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    /** Closes the current WAL segment and waits until the archiver has copied it. */
    private static void archiveCurrentSegment(Connection c) throws SQLException {
        String segment;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select pg_walfile_name(pg_switch_wal())")) {
            rs.next();
            segment = rs.getString(1);
        }
        awaitTrue(c, "select coalesce(last_archived_wal >= '" + segment + "', false) from pg_stat_archiver",
                "WAL segment " + segment + " archived");
    }

    private static void awaitPromotion(Connection c) {
        awaitTrue(c, "select not pg_is_in_recovery()", "restore finished and promoted");
    }

    /** Waits until the server reports the condition true; the time limit only bounds a failure. */
    private static void awaitTrue(Connection c, String sql, String what) {
        await(what).atMost(Duration.ofSeconds(60)).until(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                return rs.next() && rs.getBoolean(1);
            }
        });
    }

    private static Connection superuser(EmbeddedDatabase db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("kaeru"), "postgres", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
