package com.kaeru.backend.returns.application;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Writes down the status changes a return's moves made: one audit entry and one typed event
 * (customer e-mail among its consumers) per change, in the order the aggregate made them. Every
 * use case calls it after each move, so events stay in causal order (approved, then the stock
 * reserved, then the label issued).
 */
@ApplicationScoped
public class StatusChanges {
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    OrderRepository orders;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Shop shop, ReturnRequest request) {
        for (ReturnRequest.StatusChange change : request.drainChanges()) {
            audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "STATUS",
                    change.from() == null ? null : change.from().name(), change.to().name(), change.actor(),
                    change.reason(), change.at());
            outbox.raise(shop.id(), change.actor(), ReturnEvents.statusChanged(shop, request, change,
                            () -> orders.findById(shop.id(), request.orderId()).map(CustomerOrder::orderNumber)
                                    .orElse(null)),
                    request.rmaNumber() + ":" + change.to().name(), change.at());
        }
    }
}
