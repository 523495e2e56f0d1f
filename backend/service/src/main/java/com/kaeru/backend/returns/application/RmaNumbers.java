package com.kaeru.backend.returns.application;

import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Human RMA numbers per shop (R-000123), from the shop's own database sequence (migration V83).
 * Taken inside the submission's transaction on its connection: a sequence needs no row lock, so
 * a shop's submissions do not queue on a counter, and a request never needs a second pooled
 * connection while it holds one (the earlier counter row did, and under load every connection
 * ended up waiting for another). Numbers are unique and never reused; a failed submission leaves
 * a gap, and with several instances numbers are in the order they were drawn, not committed.
 */
@ApplicationScoped
public class RmaNumbers {
    @Inject
    ReturnRequestRepository returns;

    @Transactional(Transactional.TxType.MANDATORY)
    public String next(long shopId) {
        return format(returns.nextRmaNumber(shopId));
    }

    static String format(long number) {
        return String.format("R-%06d", number);
    }
}
