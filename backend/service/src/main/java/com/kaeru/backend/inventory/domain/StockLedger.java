package com.kaeru.backend.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ledger for the warehouse use cases: locations, locked levels, movements, the sync rule's
 * inputs, reads, and stocktakes. Every method runs in the caller's transaction, bound to the shop.
 */
public interface StockLedger {
    List<Location> locations(long shopId);

    Optional<Location> location(long shopId, String code);

    Location defaultLocation(long shopId);

    /** Adds a location; empty when the code is taken. */
    Optional<Location> addLocation(long shopId, String code, String name);

    /**
     * The level of a variant at a location, its row created (all zero) if missing and locked until
     * the transaction ends: read it, decide, then {@link #post} without anyone moving it between.
     */
    Level lock(long shopId, long locationId, long variantId);

    /** The level without locking (zero when there is no row). */
    Level level(long shopId, long locationId, long variantId);

    /**
     * Records a movement; the database applies it to the level in the same statement and refuses
     * it (with the transaction) if the level would break its checks. Listeners hear of it.
     */
    Movement post(long shopId, long locationId, long variantId, MovementCause cause, Deltas deltas,
                  MovementContext context, String reason, Instant asOf);

    /** The newest shop-system count applied at this location and variant (null when none). */
    Instant latestSyncAsOf(long shopId, long locationId, long variantId);

    /** Sum of the non-sync movements recorded after {@code instant}. */
    Deltas movedSince(long shopId, long locationId, long variantId, Instant instant);

    /** Levels joined with their variant and product, ordered by SKU then location. */
    Page<LevelRow> levels(long shopId, LevelFilter filter, int page, int size);

    /** Movements, newest first. */
    Page<Movement> movements(long shopId, MovementFilter filter, int page, int size);

    /** Saves a counted stocktake; returns its id. */
    long saveStocktake(long shopId, long locationId, String note, String countedBy, Instant countedAt,
                       List<Stocktake.Line> lines);

    Optional<Stocktake> stocktake(long shopId, long id);

    /** Locks a stocktake for posting; false if it is posted already (or absent). */
    boolean markPosted(long shopId, long id, String postedBy, Instant postedAt, String reason);

    /** A level with what the read API shows beside it. */
    record LevelRow(long variantId, String sku, String productNameJa, String productNameEn, String size,
                    String color, String location, Level level, Instant updatedAt) {
    }

    record LevelFilter(String query, Long locationId, Long variantId) {
    }

    record MovementFilter(Long variantId, Long locationId, MovementCause cause, String reference) {
    }

    record Page<T>(List<T> items, long total) {
    }
}
