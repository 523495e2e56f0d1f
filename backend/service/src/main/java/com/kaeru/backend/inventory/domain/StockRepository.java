package com.kaeru.backend.inventory.domain;

import java.util.Collection;
import java.util.Map;

/**
 * Stock of the shop's default location (the one that receives returns and ships exchanges), as
 * the returns workflow and the portal use it. Every change is a movement in the ledger
 * ({@link StockLedger}); the methods without a {@link MovementContext} record the actor
 * {@code system} and no reference. Reservations lock the level row, so concurrent requests for the
 * last unit get exactly one success; the database's checks are the last word.
 */
public interface StockRepository {
    /** Sets absolute sellable (and outlet, when given) units as a SYNC of now; returns whether anything changed. */
    default boolean setLevels(long shopId, long variantId, int sellable, Integer outlet) {
        return setLevels(shopId, variantId, sellable, outlet, MovementContext.system());
    }

    boolean setLevels(long shopId, long variantId, int sellable, Integer outlet, MovementContext context);

    /** Sellable minus reserved, per variant id (0 when the variant has no stock row). */
    Map<Long, Integer> available(long shopId, Collection<Long> variantIds);

    /** Reserves units if that many are available; false (and no change) otherwise. */
    default boolean reserve(long shopId, long variantId, int quantity) {
        return reserve(shopId, variantId, quantity, MovementContext.system());
    }

    boolean reserve(long shopId, long variantId, int quantity, MovementContext context);

    /** Gives back a reservation (e.g. the return was cancelled). */
    default void release(long shopId, long variantId, int quantity) {
        release(shopId, variantId, quantity, MovementContext.system());
    }

    void release(long shopId, long variantId, int quantity, MovementContext context);

    /** Ships reserved units: both sellable and reserved go down. */
    default void shipReserved(long shopId, long variantId, int quantity) {
        shipReserved(shopId, variantId, quantity, MovementContext.system());
    }

    void shipReserved(long shopId, long variantId, int quantity, MovementContext context);

    /** Graded-A returns go back to sellable stock. */
    default void addSellable(long shopId, long variantId, int quantity) {
        addSellable(shopId, variantId, quantity, MovementContext.system());
    }

    void addSellable(long shopId, long variantId, int quantity, MovementContext context);

    /** Graded-B returns go to outlet stock. */
    default void addOutlet(long shopId, long variantId, int quantity) {
        addOutlet(shopId, variantId, quantity, MovementContext.system());
    }

    void addOutlet(long shopId, long variantId, int quantity, MovementContext context);

    StockSnapshot snapshot(long shopId, long variantId);

    /** Units of one variant. */
    record StockSnapshot(int sellable, int outlet, int reserved) {
    }
}
