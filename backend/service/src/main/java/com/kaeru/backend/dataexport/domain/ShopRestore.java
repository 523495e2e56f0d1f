package com.kaeru.backend.dataexport.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Restores an export ZIP ({@link ArchiveFormat}) into an empty shop. */
public interface ShopRestore {
    /**
     * Checks the archive (format version, every table file's SHA-256 against the manifest) and restores the
     * {@linkplain RestoredTables restored tables} into the shop, all or nothing, under the shop's row-level security.
     *
     * @return rows restored per table
     * @throws ArchiveRejectedException the archive is not a readable export (422)
     * @throws ShopNotEmptyException    the shop already has orders, products or returns (409)
     */
    Map<String, Long> restore(long shopId, Path zip);

    /**
     * The archive's team memberships ({@link ArchiveFormat#TEAM}, checked against the manifest's SHA-256); empty for
     * an archive written before teams were exported.
     *
     * @throws ArchiveRejectedException the file does not match the manifest or is not readable (422)
     */
    List<TeamMembership> team(Path zip);
}
