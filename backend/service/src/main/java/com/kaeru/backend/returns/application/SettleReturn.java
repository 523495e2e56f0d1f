package com.kaeru.backend.returns.application;

import java.time.Instant;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.refunds.application.RefundService;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundingShop;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnSettlement;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What happens when the last unit of a return is graded: each exchange line's fulfilment hears of
 * the inspection ({@link ExchangeFulfilments#returnInspected}: a shipping instruction for the
 * warehouse, or held when units were graded C or missing — stock leaves when the warehouse marks it
 * shipped, not here), the refunds the
 * grades allow are requested ({@link ReturnRequest#settlement}: grade C held unless the shop is at
 * fault, missing units unpaid, exchange fees deducted), and the return completes when its refunds
 * are settled ({@link ReturnRequest#completeIfSettled}) — or later, when a manager decides a held refund
 * ({@link DecideHeldRefund}). Runs inside {@link GradeReturn}'s transaction; requesting refunds
 * takes the order's row lock ({@link RefundService#request}).
 */
@ApplicationScoped
public class SettleReturn {
    @Inject
    ExchangeFulfilments fulfilments;
    @Inject
    RefundService refundService;
    @Inject
    RefundRepository refunds;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(Shop shop, ReturnRequest request, String actor, Instant now) {
        fulfilments.returnInspected(shop, request, actor, now);
        ReturnSettlement.Settled settled = request.settlement(reason -> shopFault(shop, reason));
        if (settled.exchangeFees() > 0) {
            long due = settled.uncollectable();
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "EXCHANGE_FEE_DEDUCTED", null, null, actor,
                    settled.exchangeFeesDeducted() + " of " + settled.exchangeFees()
                            + (due > 0 ? ", " + due + " not collectable" : ""), now);
        }
        refundService.request(SettleReturn.refunding(shop), refunded(request), settled.payout(), actor, now);
        completeIfSettled(shop, request, actor, now);
    }

    /** Completes the return when its refunds are all settled (exchanges go on in their own fulfilment). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void completeIfSettled(Shop shop, ReturnRequest request, String actor, Instant now) {
        boolean refundsSettled = refunds.findByReturn(shop.id(), request.id()).stream().allMatch(Refund::settled);
        request.completeIfSettled(refundsSettled, actor, now);
    }

    /** What refunds need to know of the shop (refunds know nothing else of tenancy). */
    static RefundingShop refunding(Shop shop) {
        return new RefundingShop(shop.id(), shop.currency().getCurrencyCode(), shop.refundApprovalLimitMinor());
    }

    /** What refunds need to know of the return (refunds know nothing else of returns). */
    public static RefundedReturn refunded(ReturnRequest request) {
        return new RefundedReturn(request.id(), request.rmaNumber(), request.orderId(), request.customerEmail(),
                request.customerLanguage());
    }

    /** The line's reason (or its parent) is the shop's fault: defective, damaged, wrong item. */
    private boolean shopFault(Shop shop, String reasonCode) {
        return reasons.find(shop.id(), reasonCode)
                .map(r -> r.shopFault(parent -> reasons.find(shop.id(), parent)))
                .orElse(false);
    }
}
