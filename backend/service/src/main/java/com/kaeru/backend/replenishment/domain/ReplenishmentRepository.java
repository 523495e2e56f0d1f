package com.kaeru.backend.replenishment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reorder settings, points and digests of the shop bound to the transaction (every method also filters by shop). */
public interface ReplenishmentRepository {
    Optional<ReorderSettings> settings(long shopId);

    void saveSettings(long shopId, ReorderSettings settings, String actor);

    List<ReorderOverride> overrides(long shopId);

    void saveOverride(long shopId, ReorderOverride.Scope scope, long targetId, Integer leadTimeDays, Integer safetyStock,
                      String actor);

    /** @return false when there was none */
    boolean removeOverride(long shopId, ReorderOverride.Scope scope, long targetId);

    /** Recomputes every active variant's point set-based for the window before {@code today} (shop-local). */
    int recompute(long shopId, LocalDate today);

    /**
     * Takes the shop's recompute lock for the rest of the transaction if nobody holds it (another
     * instance's daily run); false when somebody does.
     */
    boolean tryLockRecompute(long shopId);

    /** When the points were last recomputed; empty when never. */
    Optional<Instant> computedAt(long shopId);

    long countAlerts(long shopId);

    List<ReorderAlert> alerts(long shopId, AlertOrder order, int offset, int limit);

    /**
     * Records that today's digest of the shop is decided. Exactly one caller per shop and day gets
     * true, even across instances (the row's primary key; a concurrent second insert waits for the
     * first to commit, then does nothing).
     */
    boolean claimDigest(long shopId, LocalDate localDate, int alerts, int recipients);

    /** Whether the shop's digest of that day was decided (a cheap look before asking the directory). */
    boolean digestDecided(long shopId, LocalDate localDate);

    /** Product id of an external id, variant ids are found through the catalog. */
    Optional<Long> productId(long shopId, String externalId);
}
