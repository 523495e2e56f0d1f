package com.kaeru.backend.refunds.application;

import java.util.Collection;

import com.kaeru.backend.platform.concurrency.CoalescingLane;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the {@link RefundWorker} on a {@link CoalescingLane}: for one shop at once (on the default
 * managed executor) when a transaction that queued a card refund has committed, so a refund is
 * usually ISSUED moments after grading, and for the shops with refunds due on the
 * {@link RefundScheduler}'s tick (retries, provider-pending checks, expired leases). Passes never
 * overlap on this instance; a wake-up during a pass joins it. A plain CDI bean, not the EJB timer:
 * commits during start-up (the demo data) must not call into a singleton that the container is still
 * starting.
 */
@ApplicationScoped
public class RefundWakeUp {
    @Inject
    RefundWorker worker;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.enabled", defaultValue = "true")
    boolean enabled;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final CoalescingLane lane = new CoalescingLane("Refund worker", new CoalescingLane.Work() {
        @Override
        public Collection<Long> dueShops() {
            return worker.dueShops();
        }

        @Override
        public boolean serve(long shop) {
            return worker.runRound(shop);
        }
    });

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundDue due) {
        if (enabled) {
            lane.wake(due.shopId(), executor);
        }
    }

    /** Pays the due refunds of every shop that has any, soon (the tick). */
    public void sweep() {
        lane.sweep(executor);
    }
}
