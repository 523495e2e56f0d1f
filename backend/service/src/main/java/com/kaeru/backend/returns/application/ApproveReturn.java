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
    ExchangeFulfilments fulfilments;
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

    /**
     * After approval: each exchange line's fulfilment opens (units reserved, or backordered on the
     * next known arrival with the first notice: {@link ExchangeFulfilments#open}), then the label.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserveAndIssueLabel(Shop shop, ReturnRequest request, String actor, Instant now) {
        changes.record(shop, request); // events in causal order: approved, then reserved, then label issued
        fulfilments.open(shop, request, actor, now);
        request.issueLabel(actor, now);
    }
}
