package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.util.Optional;

import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundedReturns;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Returns as the refund worker sees them: it locks the return before recording a refund (the same
 * order as grading and approval: return, then refund), and a paid refund completes the return when
 * nothing else waits ({@link SettleReturn#completeIfSettled}).
 */
@ApplicationScoped
public class ReturnsOfRefunds implements RefundedReturns {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    ShopRepository shops;
    @Inject
    SettleReturn settle;
    @Inject
    StatusChanges changes;
    @Inject
    ExchangeFulfilments fulfilments;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<RefundedReturn> lockForRefund(long shopId, long returnId) {
        return returns.findByIdForUpdate(shopId, returnId).map(SettleReturn::refunded);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void refundSettled(long shopId, long returnId, String actor, Instant now) {
        ReturnRequest request = returns.findByIdForUpdate(shopId, returnId).orElseThrow();
        var shop = shops.findById(shopId).orElseThrow();
        settle.completeIfSettled(shop, request, actor, now);
        changes.record(shop, request);
        returns.save(request);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upgradePaid(long shopId, long returnId, String actor, Instant now) {
        ReturnRequest request = returns.findByIdForUpdate(shopId, returnId).orElseThrow();
        if (request.status() == com.kaeru.backend.returns.domain.ReturnStatus.CANCELLED
                || request.status() == com.kaeru.backend.returns.domain.ReturnStatus.REJECTED) {
            return false; // closed while the charge was under way: nothing ships, the difference goes back
        }
        var shop = shops.findById(shopId).orElseThrow();
        request.upgradePaid(now);
        fulfilments.upgradePaid(shop, request, actor, now);
        returns.save(request);
        return true;
    }
}
