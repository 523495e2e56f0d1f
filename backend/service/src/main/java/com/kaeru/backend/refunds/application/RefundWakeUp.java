package com.kaeru.backend.refunds.application;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link RefundWorker} passes that never overlap on this instance: on the {@link RefundScheduler}'s
 * tick, and at once (on the default managed executor) when a transaction that queued a card refund has
 * committed, so a refund is usually ISSUED moments after grading. A wake-up during a pass runs one more
 * pass after it. A plain CDI bean, not the EJB timer: commits during start-up (the demo data) must not
 * call into a singleton that the container is still starting.
 */
@ApplicationScoped
public class RefundWakeUp {
    private static final Logger LOG = Logger.getLogger(RefundWakeUp.class.getName());

    @Inject
    RefundWorker worker;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.enabled", defaultValue = "true")
    boolean enabled;
    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) RefundDue due) {
        if (!enabled) {
            return;
        }
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException e) {
            LOG.log(Level.FINE, "Refund wake-up rejected; the next tick pays", e);
        }
    }

    /** Runs passes until no wake-up arrived during the last one (returns at once if one is running). */
    public void drain() {
        again.set(true);
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                again.set(false);
                worker.runOnce();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refund worker pass failed; trying again on the next tick", e);
            } finally {
                running.set(false);
            }
        }
    }
}
