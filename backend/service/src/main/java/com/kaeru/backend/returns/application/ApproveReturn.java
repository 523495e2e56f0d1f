package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.api.events.ExchangeBackordered;
import com.kaeru.api.events.ExchangeReserved;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Staff approve a requested or held return ({@link ReturnRequest#approve}); the policy's own
 * approval at submission goes the same way ({@link SubmitReturn}). Approval reserves each exchange's
 * new item (or flags a backorder when no stock is left) and issues the label. Runs in the caller's
 * transaction, which holds the return's row lock.
 */
@ApplicationScoped
public class ApproveReturn {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    StockRepository stock;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    StatusChanges changes;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void approve(Shop shop, ReturnRequest request, String actor, String message) {
        Instant now = clock.instant();
        request.approve(actor, message, now);
        reserveAndIssueLabel(shop, request, actor, now);
        changes.record(shop, request);
        returns.save(request);
    }

    /** After approval: reserve exchange stock (or flag a backorder), then issue the label. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveAndIssueLabel(Shop shop, ReturnRequest request, String actor, Instant now) {
        changes.record(shop, request); // events in causal order: approved, then reserved, then label issued
        for (ReturnRequest.ExchangeUnits units : request.exchangesToReserve()) {
            boolean reserved = stock.reserve(shop.id(), units.variantId(), units.quantity(), MovementContext.of(actor, request.rmaNumber()));
            request.recordReservation(units.lineId(), reserved);
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), reserved ? "STOCK_RESERVED" : "BACKORDER",
                    null, null, actor, "variant " + units.variantId() + " x" + units.quantity(), now);
            outbox.raise(shop.id(), actor, reserved
                            ? new ExchangeReserved(request.rmaNumber(), units.lineId(), units.variantId(),
                                    units.quantity())
                            : new ExchangeBackordered(request.rmaNumber(), units.lineId(), units.variantId(),
                                    units.quantity()),
                    request.rmaNumber() + (reserved ? ":exchange-reserved:" : ":exchange-backordered:")
                            + units.lineId(), now);
        }
        request.issueLabel(actor, now);
    }
}
