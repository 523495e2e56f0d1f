package com.kaeru.backend.dataexport.domain;

import java.time.Instant;

/** Deletes every row of one shop, and only of that shop. */
public interface ShopDataEraser {
    /**
     * Deletes the shop's rows of every tenant table, all or nothing, if the shop is still due for deletion at
     * {@code now} and no other instance is deleting it; records the deletion on the shop row and in its (otherwise
     * emptied) audit trail.
     *
     * @return rows deleted per table; empty when the shop was not due or is being deleted elsewhere
     */
    java.util.Map<String, Long> erase(long shopId, Instant now);
}
