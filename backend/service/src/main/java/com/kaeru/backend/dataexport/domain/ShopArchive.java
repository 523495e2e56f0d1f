package com.kaeru.backend.dataexport.domain;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

/** Writes everything of one shop as an export ZIP ({@link ArchiveFormat}). */
public interface ShopArchive {
    /**
     * Streams the shop's rows (one consistent snapshot, read under the shop's row-level security) into a ZIP on
     * {@code zip}, ending with the manifest. Holds one row (or one photo) in memory at a time.
     *
     * @param team     the shop's team memberships, written as {@link ArchiveFormat#TEAM}
     * @param progress told 0–100 as tables are written
     * @return the manifest's entries
     */
    List<ArchiveEntry> write(long shopId, String shopSlug, List<TeamMembership> team, Instant generatedAt,
                             OutputStream zip, IntConsumer progress) throws IOException;
}
