package com.kaeru.backend.returns.application;

import java.time.Clock;

import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The warehouse takes the parcel in ({@link ReturnRequest#receive}): the shop's refund deadline
 * (24 h by default) starts now. Runs in the caller's transaction, which holds the return's row lock.
 */
@ApplicationScoped
public class ReceiveReturn {
    @Inject
    ReturnRequestRepository returns;
    @Inject
    StatusChanges changes;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void receive(Shop shop, ReturnRequest request, String actor) {
        request.receive(actor, shop.refundDeadline(), clock.instant());
        changes.record(shop, request);
        returns.save(request);
    }
}
