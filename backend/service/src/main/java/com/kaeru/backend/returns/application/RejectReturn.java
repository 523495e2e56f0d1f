package com.kaeru.backend.returns.application;

import java.time.Clock;

import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Staff refuse a requested or held return, always with a message the customer reads
 * ({@link ReturnRequest#reject}). Runs in the caller's transaction, which holds the return's row lock.
 */
@ApplicationScoped
public class RejectReturn {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    StatusChanges changes;
    @Inject
    com.kaeru.backend.refunds.application.UpgradePayments upgradePayments;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void reject(Shop shop, ReturnRequest request, String actor, String message) {
        java.time.Instant now = clock.instant();
        request.reject(actor, message, now);
        changes.record(shop, request);
        upgradePayments.returnClosed(shop.id(), SettleReturn.refunded(request), actor, now);
        returns.save(request);
    }
}
