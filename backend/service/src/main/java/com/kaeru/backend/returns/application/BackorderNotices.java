package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.time.LocalDate;

import com.kaeru.api.events.BackorderDateConfirmed;
import com.kaeru.api.events.BackorderDateMoved;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.inventory.domain.IncomingSupply;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.BackorderPromise;
import com.kaeru.backend.returns.domain.ExchangeFulfilment;
import com.kaeru.backend.returns.domain.ExchangeFulfilmentRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Tells customers whose exchange waits for a variant that its supply was scheduled: the second
 * notice when the date is first confirmed ({@code BackorderDateConfirmed}), a reminder when a date
 * moves ({@code BackorderDateMoved}); nothing when nothing changed for that line. Called by the
 * supply work (purchase orders, the catalog's restock date) in its transaction when an expected date or
 * its confirmation changes, or the supply disappears (a reminder without a date).
 * Every waiting line of the variant takes the new date (one supply date per variant: the earliest
 * arrival the caller knows).
 */
@ApplicationScoped
public class BackorderNotices {
    @Inject
    ExchangeFulfilmentRepository fulfilments;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    IncomingSupply supply;

    /**
     * Tells the customers waiting for each variant its supply date now — the earliest arrival
     * {@link IncomingSupply} knows after the caller's changes (not the changed order's own date:
     * another may come sooner) — or, when none is left, that the date is unknown again
     * ({@code BackorderDateMoved} without a date). Called by whatever changed supply: purchase orders
     * placed, rescheduled or cancelled, a shop system's restock date.
     *
     * @return exchanges told
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supplyChanged(Shop shop, java.util.Collection<Long> variantIds, LocalDate today, String actor,
                             Instant now) {
        int told = 0;
        for (long variantId : new java.util.TreeSet<>(variantIds)) {
            var arrival = supply.nextArrival(shop.id(), variantId, today);
            told += arrival.isPresent()
                    ? supplyRescheduled(shop, variantId, arrival.get().expectedDate(), arrival.get().confirmed(), actor, now)
                    : supplyLost(shop, variantId, actor, now);
        }
        return told;
    }

    /** No arrival is known any more: each waiting line that had a date hears it is unknown again. */
    private int supplyLost(Shop shop, long variantId, String actor, Instant now) {
        int told = 0;
        for (ExchangeFulfilment f : fulfilments.lockWaitingOrHeld(shop.id(), variantId)) {
            LocalDate previous = f.promisedDate();
            if (!f.supplyLost(now)) {
                continue;
            }
            outbox.raise(shop.id(), actor, new BackorderDateMoved(f.rmaNumber(), ExchangeFulfilments.customer(f),
                            f.returnLineId(), variantId, previous, null, false, null, null),
                    "backorder-moved:" + f.rmaNumber() + ":" + f.returnLineId() + ":unknown:" + f.noticesSent(), now);
            f.noticeSent(now);
            audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "BACKORDER_DATE_UNKNOWN", null, null, actor,
                    "line " + f.returnLineId() + ": " + previous + " -> unknown (supply cancelled)", now);
            fulfilments.save(f);
            told++;
        }
        return told;
    }

    /** @return exchanges told */
    @Transactional(Transactional.TxType.MANDATORY)
    public int supplyRescheduled(Shop shop, long variantId, LocalDate expectedDate, boolean confirmed,
                                 String actor, Instant now) {
        int told = 0;
        for (ExchangeFulfilment f : fulfilments.lockWaitingOrHeld(shop.id(), variantId)) {
            LocalDate previous = f.promisedDate();
            ExchangeFulfilment.Reschedule what = f.reschedule(expectedDate, confirmed, now);
            if (what == ExchangeFulfilment.Reschedule.NONE) {
                continue;
            }
            BackorderPromise promise = BackorderPromise.from(expectedDate);
            // The notice's number keeps the key unique when a date comes back after its supply was lost.
            String key = f.rmaNumber() + ":" + f.returnLineId() + ":" + expectedDate + ":" + f.dateConfirmed()
                    + ":" + f.noticesSent();
            if (what == ExchangeFulfilment.Reschedule.CONFIRMED) {
                // The second notice, with the dates (also when the confirmed day differs from the promised one).
                outbox.raise(shop.id(), actor, new BackorderDateConfirmed(f.rmaNumber(),
                                ExchangeFulfilments.customer(f), f.returnLineId(), variantId, promise.arrivalDate(),
                                promise.shipDate(), promise.deliveryDate()),
                        "backorder-confirmed:" + key, now);
            } else {
                outbox.raise(shop.id(), actor, new BackorderDateMoved(f.rmaNumber(), ExchangeFulfilments.customer(f),
                                f.returnLineId(), variantId, previous, promise.arrivalDate(), f.dateConfirmed(),
                                promise.shipDate(), promise.deliveryDate()),
                        "backorder-moved:" + key, now);
            }
            f.noticeSent(now);
            audit.record(shop.id(), AuditTrail.RETURN, f.rmaNumber(), "BACKORDER_" + what.name(), null, null, actor,
                    "line " + f.returnLineId() + ": " + previous + " -> " + expectedDate
                            + (f.dateConfirmed() ? " (confirmed)" : ""), now);
            fulfilments.save(f);
            told++;
        }
        return told;
    }
}
