package com.kaeru.backend.catalog.domain;

import java.util.Collection;
import java.util.Map;

/**
 * Stock per variant. Every change is one atomic SQL update; the database's check constraints
 * (never negative, never more reserved than sellable) are the last word under concurrency.
 */
public interface StockRepository {
    /** Sets absolute sellable (and outlet, when given) units; returns whether anything changed. */
    boolean setLevels(long shopId, long variantId, int sellable, Integer outlet);

    /** Sellable minus reserved, per variant id (0 when the variant has no stock row). */
    Map<Long, Integer> available(long shopId, Collection<Long> variantIds);

    /** Reserves units if that many are available; false (and no change) otherwise. */
    boolean reserve(long shopId, long variantId, int quantity);

    /** Gives back a reservation (e.g. the return was cancelled). */
    void release(long shopId, long variantId, int quantity);

    /** Ships reserved units: both sellable and reserved go down. */
    void shipReserved(long shopId, long variantId, int quantity);

    /** Graded-A returns go back to sellable stock. */
    void addSellable(long shopId, long variantId, int quantity);

    /** Graded-B returns go to outlet stock. */
    void addOutlet(long shopId, long variantId, int quantity);

    StockSnapshot snapshot(long shopId, long variantId);

    /** Units of one variant. */
    record StockSnapshot(int sellable, int outlet, int reserved) {
    }
}
