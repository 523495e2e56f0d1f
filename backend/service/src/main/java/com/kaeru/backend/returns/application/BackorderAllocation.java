package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.events.ExchangeAllocated;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.inventory.domain.Deltas;
import com.kaeru.backend.inventory.domain.Level;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.returns.domain.FulfilmentState;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Allocates a variant's available units to the exchanges waiting for it, first come first served
 * (by the time each was backordered); every allocated exchange then flows into a shipment request
 * without anyone deciding. Called by whoever added sellable units at the default location (receipt
 * of supply, a grade A), in that transaction, after the movement.
 * <p>
 * Locks the level row once, then the waiting fulfilment rows in queue order (never a return
 * request: a restock of 1,000 units for 1,000 exchanges locks 1,000 small rows). Whole lines only:
 * a line of 2 units is not half-allocated when one unit is left, and the queue stops at the first
 * line that does not fit, so a big early order is never overtaken by later small ones (strict
 * first come first served; a split shipment is the customer's choice, not the allocator's).
 */
@ApplicationScoped
public class BackorderAllocation {
    /** Lines locked per allocation at most: more than any one restock of a variant serves. */
    static final int MAX_LINES = 10_000;

    @Inject
    ExchangeFulfilmentRepository fulfilments;
    @Inject
    ExchangeFulfilments moves;
    @Inject
    StockLedger ledger;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /** @return units allocated */
    @Transactional(Transactional.TxType.MANDATORY)
    public int allocate(Shop shop, long variantId, String actor, Instant now) {
        long location = ledger.defaultLocation(shop.id()).id();
        Level level = ledger.lock(shop.id(), location, variantId);
        int available = level.available();
        if (available <= 0) {
            return 0;
        }
        List<ExchangeFulfilment> waiting = fulfilments.lockWaiting(shop.id(), variantId, MAX_LINES);
        int allocated = 0;
        for (ExchangeFulfilment f : waiting) {
            if (f.quantity() > available - allocated) {
                break;
            }
            ledger.post(shop.id(), location, variantId, MovementCause.RESERVATION, Deltas.reserved(f.quantity()),
                    MovementContext.of(actor, f.rmaNumber()), "backorder allocated", null);
            allocated += f.quantity();
            f.allocate(now);
            outbox.raise(shop.id(), actor, new ExchangeAllocated(f.rmaNumber(), f.returnLineId(), variantId,
                    f.quantity(), f.state().name()), f.rmaNumber() + ":exchange-allocated:" + f.returnLineId(), now);
            audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_ALLOCATED", null, null, actor,
                    "line " + f.returnLineId() + ": variant " + variantId + " x" + f.quantity() + " -> " + f.state(),
                    now);
            if (f.state() == FulfilmentState.SHIPMENT_REQUESTED) {
                moves.shipmentRequested(shop, f, actor, now);
            }
            fulfilments.save(f);
        }
        return allocated;
    }
}
