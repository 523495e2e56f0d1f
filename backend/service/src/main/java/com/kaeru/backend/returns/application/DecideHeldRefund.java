package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.backend.refunds.application.RefundService;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A manager approves (it is paid at once) or declines (nothing is paid) a refund that waits —
 * above the approval limit or for a grade-C unit; never the person who triggered it
 * ({@link RefundService#approve}). The return completes when nothing else waits. Runs in the
 * caller's transaction, which holds the return's row lock.
 */
@ApplicationScoped
public class DecideHeldRefund {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    RefundService refundService;
    @Inject
    SettleReturn settle;
    @Inject
    StatusChanges changes;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void approve(Shop shop, ReturnRequest request, long refundId, String manager) {
        Instant now = clock.instant();
        refundService.approve(SettleReturn.refunding(shop), SettleReturn.refunded(request), refundId, manager, now);
        settle.completeIfSettled(shop, request, manager, now);
        changes.record(shop, request);
        returns.save(request);
    }

    /** Staff retry a failed refund; the refund worker pays it after the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retry(Shop shop, ReturnRequest request, long refundId, String manager) {
        refundService.retry(SettleReturn.refunding(shop), SettleReturn.refunded(request), refundId, manager,
                clock.instant());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void decline(Shop shop, ReturnRequest request, long refundId, String manager) {
        Instant now = clock.instant();
        refundService.decline(SettleReturn.refunding(shop), SettleReturn.refunded(request), refundId, manager, now);
        settle.completeIfSettled(shop, request, manager, now);
        changes.record(shop, request);
        returns.save(request);
    }
}
