package com.kaeru.backend.returns.application;

import java.time.Instant;
import java.time.LocalDate;

import com.kaeru.api.events.BackorderDateConfirmed;
import com.kaeru.api.events.BackorderDateMoved;
import com.kaeru.backend.audit.application.AuditTrail;
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
 * supply work (purchase orders) in its transaction when an expected date or its confirmation changes.
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
            String key = f.rmaNumber() + ":" + f.returnLineId() + ":" + expectedDate + ":" + f.dateConfirmed();
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
