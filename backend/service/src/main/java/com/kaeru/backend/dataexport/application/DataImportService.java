package com.kaeru.backend.dataexport.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.ZipFile;

import com.kaeru.api.dataexport.DataImportDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.dataexport.domain.ArchiveFormat;
import com.kaeru.backend.dataexport.domain.ArchiveRejectedException;
import com.kaeru.backend.dataexport.domain.RestoredTables;
import com.kaeru.backend.dataexport.domain.ShopRestore;
import com.kaeru.backend.dataexport.domain.TeamMembership;
import com.kaeru.backend.platform.errors.KaeruException;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.team.application.TeamService;
import com.kaeru.backend.team.domain.DirectoryUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;

/**
 * Imports an export ZIP into an empty shop (docs/data-export.md). The upload is spooled to a temporary file (never
 * held in memory), the caller's right is checked in a transaction of its own, the restore runs all or nothing in
 * its own database transaction, and the result is audited. The team ({@code team.csv}) is restored after that
 * transaction has committed, person by person through {@link TeamService#invite} (docs/data-export.md): a verified
 * account gets its role back and is told so by e-mail, an address without an account is invited (Keycloak's "set
 * your password" mail), anyone else is skipped and audited. The directory is no part of the database transaction,
 * so a failed restore never grants anyone anything, and a directory that is down leaves the data restored and the
 * team to be invited by hand.
 */
@ApplicationScoped
public class DataImportService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ShopRestore restore;
    @Inject
    AuditTrail audit;
    @Inject
    TenantSession tenantSession;
    @Inject
    com.kaeru.backend.insights.application.InsightsProjection projection;
    @Inject
    DataImportService self;
    @Inject
    TeamService team;

    private static final Logger LOG = Logger.getLogger(DataImportService.class.getName());
    /** The answer's key for the team memberships restored (beside the tables). */
    static final String TEAM_KEY = "team_membership";

    /** Not transactional: the restore is one database transaction of its own. */
    public DataImportDto restore(String slug, InputStream upload, long maxBytes) {
        long shopId = self.enter(slug);
        Path file = null;
        try {
            file = Files.createTempFile("kaeru-import-" + shopId + "-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                long copied = upload.transferTo(new LimitedOutput(out, maxBytes));
                if (copied == 0) {
                    throw new ArchiveRejectedException("empty upload");
                }
            }
            String source = sourceShop(file);
            List<String> notRestored = otherTables(file);
            List<TeamMembership> members = restore.team(file);
            Map<String, Long> restored = new LinkedHashMap<>(restore.restore(shopId, file));
            self.audited(shopId, source, restored, caller.username());
            if (!members.isEmpty()) {
                restored.put(TEAM_KEY, restoreTeam(shopId, slug, members));
            }
            return new DataImportDto(source, restored, notRestored);
        } catch (IOException e) {
            throw new ArchiveRejectedException(e.getMessage());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file; the OS cleans up
                }
            }
        }
    }

    @Transactional
    public long enter(String slug) {
        return access.enter(slug, Permission.MANAGE_SETTINGS).id();
    }

    /** Gives each person of the archive's team their role here; returns how many got it. */
    private long restoreTeam(long shopId, String slug, List<TeamMembership> members) {
        long given = 0;
        for (TeamMembership member : members) {
            try {
                team.invite(slug, member.email(), null, null, member.role());
                given++;
            } catch (DirectoryUnavailableException e) {
                LOG.warning(() -> "Team of the import into shop " + shopId + " not restored: " + e.getMessage());
                self.teamSkipped(shopId, member, "directory unavailable", caller.username());
                return given;
            } catch (KaeruException e) {
                // already a member, an unverified account (never handed to another shop), a role not granted here,
                // or the invitation mail could not be sent
                self.teamSkipped(shopId, member, e.messageKey(), caller.username());
            }
        }
        return given;
    }

    @Transactional
    public void teamSkipped(long shopId, TeamMembership member, String why, String actor) {
        tenantSession.bind(shopId);
        audit.record(shopId, TeamService.AUDIT_TYPE, member.email(), "TEAM_IMPORT_SKIPPED", null, member.role(), actor,
                why, Instant.now());
    }

    @Transactional
    public void audited(long shopId, String source, Map<String, Long> restored, String actor) {
        tenantSession.bind(shopId);
        // The restored orders and returns were written past the use cases: the reports are rebuilt from them.
        projection.rebuild(shopId);
        audit.record(shopId, DataExportSteps.AUDIT_ENTITY, "import", "DATA_IMPORTED", null, null, actor,
                "from " + source + ": " + restored, Instant.now());
    }

    private static String sourceShop(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            var entry = zip.getEntry(ArchiveFormat.MANIFEST);
            if (entry == null) {
                throw new ArchiveRejectedException("no " + ArchiveFormat.MANIFEST);
            }
            try (var reader = Json.createReader(zip.getInputStream(entry))) {
                return reader.readObject().getString("shop", "?");
            } catch (RuntimeException e) {
                throw new ArchiveRejectedException(ArchiveFormat.MANIFEST + " is not JSON");
            }
        } catch (java.util.zip.ZipException e) {
            throw new ArchiveRejectedException("not a ZIP file");
        }
    }

    private static List<String> otherTables(Path file) throws IOException {
        List<String> restored = RestoredTables.ORDER.stream().map(RestoredTables.Table::name).toList();
        List<String> others = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (var entry : Collections.list(zip.entries())) {
                String table = ArchiveFormat.tableOf(entry.getName());
                if (table != null && !restored.contains(table)) {
                    others.add(table);
                }
            }
        }
        Collections.sort(others);
        return others;
    }

    /** Refuses (413) an upload beyond the limit as it arrives. */
    private static final class LimitedOutput extends java.io.FilterOutputStream {
        private final long max;
        private long count;

        LimitedOutput(OutputStream out, long max) {
            super(out);
            this.max = max;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > max) {
                throw new PayloadTooLargeException("problem.data-import.too-large", max / (1024 * 1024));
            }
            out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
