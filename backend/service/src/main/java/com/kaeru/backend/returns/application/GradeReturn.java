package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.events.LineGraded;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.ReturnLine;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The warehouse grades received units ({@link ReturnRequest#grade}); the grade moves stock at once
 * (A back to sellable stock, B to outlet stock, C to a disposal record, MISSING nowhere) and, when
 * the last unit of the return is graded, {@link SettleReturn} pays and ships — no second decision.
 * Runs in the caller's transaction, which holds the return's row lock (so 20 concurrent gradings
 * pay once).
 */
@ApplicationScoped
public class GradeReturn {
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
    @Inject
    SettleReturn settle;
    @Inject
    BackorderAllocation allocation;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void grade(Shop shop, CustomerOrder order, ReturnRequest request, long lineId, List<Grade> grades,
                      String actor) {
        Instant now = clock.instant();
        ReturnLine line = request.grade(lineId, grades, actor, now);
        long originalVariant = order.lineById(line.orderLineId()).orElseThrow().variantId();
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        grades.forEach(g -> counts.merge(g, 1, Integer::sum));
        counts.forEach((grade, n) -> {
            switch (grade) {
                case A -> {
                    stock.addSellable(shop.id(), originalVariant, n, MovementContext.of(actor, request.rmaNumber()));
                    // A unit back on the shelf serves the oldest exchange waiting for it first.
                    allocation.allocate(shop, originalVariant, actor, now);
                }
                case B -> stock.addOutlet(shop.id(), originalVariant, n, MovementContext.of(actor, request.rmaNumber()));
                case MISSING -> {
                    // Nothing arrived: nothing to stock or dispose of (and nothing is refunded for it).
                }
                case C -> em.createNativeQuery("insert into disposal_record (shop_id, return_line_id, variant_id, quantity, "
                                + "actor) values (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, shop.id()).setParameter(2, line.id()).setParameter(3, originalVariant)
                        .setParameter(4, n).setParameter(5, actor).executeUpdate();
            }
        });
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), "GRADED", null, null, actor,
                "line " + lineId + ": " + grades, now);
        outbox.raise(shop.id(), actor, new LineGraded(request.rmaNumber(), line.id(), line.orderLineId(),
                        grades.stream().map(Grade::name).toList(), line.gradeA(), line.gradeB(), line.gradeC(),
                        line.fullyGraded()),
                request.rmaNumber() + ":graded:" + line.id() + ":" + line.gradedUnits(), now);
        if (request.status() == ReturnStatus.INSPECTED) {
            changes.record(shop, request); // inspected, then the refunds and shipments it causes
            settle.settle(shop, request, actor, now);
        }
        changes.record(shop, request);
        returns.save(request);
    }
}
