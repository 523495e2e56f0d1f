package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.kaeru.api.events.Customer;
import com.kaeru.api.events.ExchangeBackordered;
import com.kaeru.api.events.ExchangeReservationReleased;
import com.kaeru.api.events.ExchangeReserved;
import com.kaeru.api.events.ExchangeShipmentRequested;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.inventory.domain.IncomingSupply;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.returns.domain.FulfilmentState;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * What the return's own moves mean for its exchange lines' fulfilments ({@link ExchangeFulfilment}):
 * opened at approval (reserved, or backordered when supply is due), told of the inspection (a
 * shipping instruction, or held for a manager when units were graded C or missing), cancelled with
 * the return. Each runs in the return's use case and transaction.
 * <p>
 * Lock order, everywhere: the stock level row first, then the fulfilment rows ({@link
 * BackorderAllocation} does the same), so a cancellation and an allocation of the same variant
 * queue instead of deadlocking.
 */
@ApplicationScoped
public class ExchangeFulfilments {
    @Inject
    ExchangeFulfilmentRepository fulfilments;
    @Inject
    StockRepository stock;
    @Inject
    StockLedger ledger;
    @Inject
    IncomingSupply supply;
    @Inject
    CatalogRepository catalog;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    /**
     * After approval: each exchange line reserves its units, or, with none left, is backordered on
     * the next known arrival and its customer gets the first notice. Neither stock nor a known
     * arrival (stock ran out since submission, where the rule was checked, and no date is known):
     * the approval is refused with the submission's 422, nothing half-applied — staff reject it
     * with a message or wait for a date.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Shop shop, ReturnRequest request, String actor, Instant now) {
        for (ReturnRequest.ExchangeUnits units : request.exchangesToReserve()) {
            boolean reserved = stock.reserve(shop.id(), units.variantId(), units.quantity(),
                    MovementContext.of(actor, request.rmaNumber()));
            request.recordReservation(units.lineId(), reserved);
            ExchangeFulfilment f;
            if (reserved) {
                f = ExchangeFulfilment.reserved(request, units, now);
                outbox.raise(shop.id(), actor, new ExchangeReserved(request.rmaNumber(), units.lineId(),
                        units.variantId(), units.quantity()), request.rmaNumber() + ":exchange-reserved:"
                        + units.lineId(), now);
            } else {
                IncomingSupply.Arrival arrival = supply.nextArrival(shop.id(), units.variantId(), today(shop, now))
                        .orElseThrow(() -> new ReturnRuleViolation("problem.return.exchange-no-restock-date",
                                sku(shop, units.variantId())));
                f = ExchangeFulfilment.backordered(request, units, arrival.expectedDate(), arrival.confirmed(),
                        arrival.reference(), now);
                f.noticeSent(now);
                outbox.raise(shop.id(), actor, new ExchangeBackordered(request.rmaNumber(), units.lineId(),
                                units.variantId(), units.quantity(), ReturnEvents.customer(request),
                                arrival.expectedDate(), arrival.confirmed()),
                        request.rmaNumber() + ":exchange-backordered:" + units.lineId(), now);
            }
            if (request.awaitsUpgradePayment()) {
                f.awaitPayment();
            }
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), reserved ? "STOCK_RESERVED" : "BACKORDER",
                    null, null, actor, "variant " + units.variantId() + " x" + units.quantity()
                            + (reserved ? "" : ", promised " + f.promisedDate()), now);
            fulfilments.save(f);
        }
    }

    /**
     * The return was inspected: a reserved replacement whose returned units were all graded A or B
     * becomes a shipping instruction; any unit graded C or missing holds it for a manager. A
     * backordered one only learns that it may ship as soon as it is allocated.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnInspected(Shop shop, ReturnRequest request, String actor, Instant now) {
        for (ExchangeFulfilment f : fulfilments.lockByReturn(shop.id(), request.id())) {
            if (f.state() != FulfilmentState.RESERVED && f.state() != FulfilmentState.BACKORDERED) {
                continue;
            }
            ReturnLine line = request.line(f.returnLineId());
            FulfilmentState after = f.returnInspected(line.gradeC() + line.gradeMissing(), now);
            if (after == FulfilmentState.SHIPMENT_REQUESTED) {
                shipmentRequested(shop, f, actor, now);
            } else if (after == FulfilmentState.HELD) {
                audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_HELD", null, null, actor,
                        "line " + f.returnLineId() + ": " + f.heldReason(), now);
            }
            fulfilments.save(f);
        }
    }

    /**
     * The upgrades' difference was collected (the return locked by the caller): replacements that waited only for
     * it become shipping instructions; the others ship when their own wait ends.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upgradePaid(Shop shop, ReturnRequest request, String actor, Instant now) {
        for (ExchangeFulfilment f : fulfilments.lockByReturn(shop.id(), request.id())) {
            if (f.paymentCollected(now)) {
                shipmentRequested(shop, f, actor, now);
            }
            fulfilments.save(f);
        }
    }

    /** The return was cancelled: reservations go back to sale, waiting lines leave the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnCancelled(Shop shop, ReturnRequest request, String actor, Instant now) {
        lockLevels(shop, fulfilments.byReturn(shop.id(), request.id()));
        for (ExchangeFulfilment f : fulfilments.lockByReturn(shop.id(), request.id())) {
            if (f.state().isFinal()) {
                continue;
            }
            cancel(shop, f, actor, now);
        }
    }

    /** Cancels one fulfilment (its level row already locked) and releases what it held. */
    void cancel(Shop shop, ExchangeFulfilment f, String actor, Instant now) {
        int release = f.cancel(now);
        if (release > 0) {
            stock.release(shop.id(), f.variantId(), release, MovementContext.of(actor, f.rmaNumber()));
            outbox.raise(shop.id(), actor, new ExchangeReservationReleased(f.rmaNumber(), f.returnLineId(),
                    f.variantId(), release), f.rmaNumber() + ":exchange-released:" + f.returnLineId(), now);
        }
        audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_CANCELLED", null, null, actor,
                "line " + f.returnLineId() + (release > 0 ? ", released x" + release : ""), now);
        fulfilments.save(f);
    }

    /** The shipping instruction: event (the warehouse's feed) and audit. */
    void shipmentRequested(Shop shop, ExchangeFulfilment f, String actor, Instant now) {
        outbox.raise(shop.id(), actor, new ExchangeShipmentRequested(f.rmaNumber(), f.returnLineId(), f.variantId(),
                        sku(shop, f.variantId()), f.quantity()),
                f.rmaNumber() + ":exchange-shipment-requested:" + f.returnLineId(), now);
        audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "EXCHANGE_SHIPMENT_REQUESTED", null, null, actor,
                "line " + f.returnLineId() + ": variant " + f.variantId() + " x" + f.quantity(), now);
    }

    /** Locks the default location's level rows of these fulfilments' variants, in variant order. */
    void lockLevels(Shop shop, List<ExchangeFulfilment> list) {
        long location = ledger.defaultLocation(shop.id()).id();
        list.stream().filter(f -> !f.state().isFinal()).map(ExchangeFulfilment::variantId).distinct()
                .sorted(Comparator.naturalOrder())
                .forEach(variant -> ledger.lock(shop.id(), location, variant));
    }

    static Customer customer(ExchangeFulfilment f) {
        return new Customer(f.customerEmail(), f.customerLanguage());
    }

    String sku(Shop shop, long variantId) {
        return catalog.findVariant(shop.id(), variantId).map(v -> v.sku()).orElse(String.valueOf(variantId));
    }

    static LocalDate today(Shop shop, Instant now) {
        return LocalDate.ofInstant(now, shop.timeZone());
    }

    Optional<ExchangeFulfilment> lockByLine(Shop shop, long lineId) {
        return fulfilments.lockByLine(shop.id(), lineId);
    }
}
