package com.kaeru.backend.returns.application;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Human RMA numbers per shop (R-000123), taken in a short transaction of their own so that
 * concurrent submissions do not queue on the counter row for their whole duration. A failed
 * submission leaves a gap in the sequence; numbers are never reused.
 */
@ApplicationScoped
public class RmaNumbers {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    TenantSession tenantSession;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String next(long shopId) {
        tenantSession.bind(shopId);
        return returns.nextRmaNumber(shopId);
    }
}
