package com.kaeru.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * Physical backups with point-in-time restore, from nothing but a running server and its WAL
 * archive ({@link EmbeddedDatabase#start(Path, int, Path)}): the same mechanism as
 * {@code pg_basebackup} plus {@code restore_command}, and as CloudNativePG's Barman backups in
 * production (docs/operations.md). A base backup is a copy of the data directory taken between
 * {@code pg_backup_start} and {@code pg_backup_stop}; a restore replays archived WAL on top of it up
 * to a chosen instant, so a mistake (a bulk delete, a bad migration) can be undone to the second
 * before it.
 */
public final class DatabaseBackup {
    /** What a base backup leaves out: the server recreates these, and WAL comes from the archive. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "backup_label.old");
    private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_stat_tmp", "pg_dynshmem",
            "pg_notify", "pg_serial", "pg_snapshots", "pg_subtrans");
    private static final DateTimeFormatter RECOVERY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private DatabaseBackup() {
    }

    /**
     * Copies the running cluster's data directory into {@code target} as a consistent base backup.
     * {@code superuserUrl} must reach the same server as a superuser; the server must archive its WAL
     * (the copy is only consistent together with the WAL written while it was taken).
     */
    public static void takeBaseBackup(String superuserUrl, Path dataDir, Path target) {
        try (Connection c = DriverManager.getConnection(superuserUrl, "postgres", "");
             Statement s = c.createStatement()) {
            // Non-exclusive: the backup belongs to this session, which must stay open until the stop.
            s.execute("select pg_backup_start('kaeru base backup', true)");
            copyTree(dataDir, target);
            try (ResultSet rs = s.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
                rs.next();
                Files.writeString(target.resolve("backup_label"), rs.getString(1), StandardCharsets.UTF_8);
                String tablespaceMap = rs.getString(2);
                if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
                    Files.writeString(target.resolve("tablespace_map"), tablespaceMap, StandardCharsets.UTF_8);
                }
            }
        } catch (SQLException e) {
            throw new LaunchException("Base backup failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new LaunchException("Base backup could not write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code newDataDir} a copy of the base backup that, when started, replays the archived WAL
     * up to {@code targetTime} (inclusive) and then opens for writes.
     */
    public static void prepareRestore(Path baseBackup, Path walArchive, Instant targetTime, Path newDataDir) {
        try {
            copyTree(baseBackup, newDataDir);
            Files.createFile(newDataDir.resolve("recovery.signal"));
            String settings = "\n# point-in-time restore (DatabaseBackup)\n"
                    + "restore_command = 'cp \"" + walArchive.toAbsolutePath() + "/%f\" \"%p\"'\n"
                    + "recovery_target_time = '" + RECOVERY_TIME.format(targetTime) + "'\n"
                    + "recovery_target_inclusive = true\n"
                    + "recovery_target_action = 'promote'\n";
            Files.writeString(newDataDir.resolve("postgresql.auto.conf"), settings, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LaunchException("Could not prepare the restore in " + newDataDir + ": " + e.getMessage(), e);
        }
    }

    /** Copies a data directory as PostgreSQL wants it (0700); files that vanish meanwhile are skipped. */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path copy = to.resolve(from.relativize(dir).toString());
                Files.createDirectories(copy);
                Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwx------"));
                if (!dir.equals(from) && EMPTIED.contains(dir.getFileName().toString())) {
                    if (dir.getFileName().toString().equals("pg_wal")) {
                        Files.createDirectories(copy.resolve("archive_status"));
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (SKIPPED.contains(file.getFileName().toString())) {
                    return FileVisitResult.CONTINUE;
                }
                try {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                } catch (NoSuchFileException vanished) {
                    // Temporary files come and go while the server runs; WAL replay covers the rest.
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw new UncheckedIOException(e);
            }
        });
    }
}
