package com.kaeru.backend.returns.application;

import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Tells customers whose exchange waits for a variant that its supply was scheduled: the second
 * notice when the date is first confirmed, a reminder when a confirmed date moves. Called by the
 * supply work (purchase orders) in its transaction when an expected date or its confirmation changes.
 * <p>
 * Seam for issue 10: the exchange-fulfilment work fills it in; the supply work calls it.
 */
@ApplicationScoped
public class BackorderNotices {
    /** @return exchanges told */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supplyRescheduled(Shop shop, long variantId, LocalDate expectedDate, boolean confirmed,
                                 String actor, Instant now) {
        return 0;
    }
}
