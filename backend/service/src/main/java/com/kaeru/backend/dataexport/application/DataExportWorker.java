package com.kaeru.backend.dataexport.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.dataexport.domain.DataExport;
import com.kaeru.backend.dataexport.domain.DataExports;
import com.kaeru.backend.dataexport.domain.ShopArchive;
import com.kaeru.backend.dataexport.domain.ShopTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes queued exports (docs/data-export.md). Per shop: claim under a lease (a short transaction, SKIP LOCKED, so
 * instances side by side never write the same export), write the archive to a temporary file with no transaction
 * held (the archive reads its own snapshot), store it in parts, each part extending the lease, then mark it ready
 * and e-mail the link. The team comes from the directory (Keycloak) just before; when it cannot be asked the export
 * fails with the reason rather than leave the team out. A crash leaves the export RUNNING until its lease runs out; the next claim starts it over.
 * Each pass also removes the ZIPs of expired exports.
 */
@ApplicationScoped
public class DataExportWorker {
    private static final Logger LOG = Logger.getLogger(DataExportWorker.class.getName());

    @Inject
    DataExports exports;
    @Inject
    DataExportSteps steps;
    @Inject
    ShopArchive archive;
    @Inject
    ShopTeam team;
    @Inject
    @ConfigProperty(name = "kaeru.data-export.lease-seconds", defaultValue = "600")
    int leaseSeconds;
    @Inject
    @ConfigProperty(name = "kaeru.data-export.link-days", defaultValue = "7")
    int linkDays;
    @Inject
    @ConfigProperty(name = "kaeru.admin.base-url", defaultValue = "http://localhost:8080/admin")
    String consoleUrl;

    /** One pass over the shops with exports to write or parts to remove. Not transactional: must not be called inside a transaction. */
    public int runOnce() {
        int written = 0;
        for (long shop : exports.shopsWithWorkDue(Instant.now())) {
            try {
                written += runShop(shop);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Data export worker failed for shop " + shop + "; retrying on the next tick", e);
            }
        }
        return written;
    }

    /** The shop's queued exports, one at a time, and the removal of expired ZIPs. */
    public int runShop(long shopId) {
        steps.removeExpired(shopId, Instant.now());
        int written = 0;
        while (true) {
            var claimed = steps.claim(shopId, Duration.ofSeconds(leaseSeconds), 1, Instant.now());
            if (claimed.isEmpty()) {
                return written;
            }
            write(shopId, claimed.get(0));
            written++;
        }
    }

    private void write(long shopId, DataExport export) {
        Path file = null;
        try {
            String slug = steps.shopSlug(shopId);
            var members = team.of(slug);
            file = Files.createTempFile("kaeru-export-" + shopId + "-", ".zip");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), sha)) {
                archive.write(shopId, slug, members, Instant.now(), out,
                        percent -> steps.progress(shopId, export.id(), Math.min(percent, 99)));
            }
            long size = Files.size(file);
            byte[] buffer = new byte[DataExports.PART_BYTES];
            try (InputStream in = Files.newInputStream(file)) {
                int seq = 0;
                int n;
                while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    steps.storePart(shopId, export.id(), seq++, n == buffer.length ? buffer : java.util.Arrays.copyOf(buffer, n),
                            Instant.now().plusSeconds(leaseSeconds).truncatedTo(ChronoUnit.MILLIS));
                }
            }
            Instant now = Instant.now();
            steps.ready(shopId, export, slug, size, HexFormat.of().formatHex(sha.digest()),
                    now.plus(Duration.ofDays(linkDays)),
                    consoleUrl.replaceAll("/$", "") + "/shops/" + slug + "/settings/data-export?download=" + export.id(), now);
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.log(Level.WARNING, "Data export " + export.id() + " of shop " + shopId + " failed", e);
            steps.failed(shopId, export.id(), e.getClass().getSimpleName() + ": " + e.getMessage(), Instant.now());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.log(Level.FINE, "Temporary export file not removed", e);
                }
            }
        }
    }
}
