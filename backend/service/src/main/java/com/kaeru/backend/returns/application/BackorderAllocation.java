package com.kaeru.backend.returns.application;

import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Allocates a variant's available units to the exchanges waiting for it, first come first served
 * (by the time each was backordered); every allocated exchange then flows into a shipment request
 * without anyone deciding. Called by whoever added sellable units at the default location (receipt
 * of supply, a grade A), in that transaction, after the movement.
 * <p>
 * Seam for issue 10: the exchange-fulfilment work fills it in; the supply work calls it.
 */
@ApplicationScoped
public class BackorderAllocation {
    /** @return units allocated */
    @Transactional(Transactional.TxType.MANDATORY)
    public int allocate(Shop shop, long variantId, String actor, Instant now) {
        return 0;
    }
}
