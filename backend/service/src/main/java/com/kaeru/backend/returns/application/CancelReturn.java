package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The customer (portal) or staff cancel a return until its parcel ships ({@link ReturnRequest#cancel}):
 * reserved exchange stock goes back to sale, the photos are deleted, and the units count as
 * returnable again. Runs in the caller's transaction, which holds the return's row lock.
 */
@ApplicationScoped
public class CancelReturn {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    ExchangeFulfilments fulfilments;
    @Inject
    ReturnPhotos photos;
    @Inject
    StatusChanges changes;
    @Inject
    com.kaeru.backend.refunds.application.UpgradePayments upgradePayments;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Shop shop, ReturnRequest request, String actor, String reason) {
        Instant now = clock.instant();
        request.cancel(actor, reason, now); // the fulfilments, not the lines, know what is reserved now
        changes.record(shop, request); // cancelled, then what it released
        fulfilments.returnCancelled(shop, request, actor, now);
        upgradePayments.returnClosed(shop.id(), SettleReturn.refunded(request), actor, now);
        // Photos of damage or of the wrong item serve a return that will not happen: up to 5 MB
        // each, and they would count against the order's photo quota for good.
        photos.deleteAll(shop.id(), request.id());
        returns.save(request);
    }
}
