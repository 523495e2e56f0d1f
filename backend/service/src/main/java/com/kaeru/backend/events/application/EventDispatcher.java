package com.kaeru.backend.events.application;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds, delivers what the outbox holds, shop by shop and consumer by consumer (each
 * shop's rows are only visible inside a transaction bound to it). Ticks do not overlap here;
 * other instances may tick at the same time, the row claims keep them apart.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventDispatcher {
    private static final Logger LOG = Logger.getLogger(EventDispatcher.class.getName());
    private static final int BATCH = 50;

    @Inject
    EventDeliveryWorker worker;
    @Inject
    EventConsumers consumers;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    // A backlog of 80,000 events was once delivered in one transaction spanning every batch, and the
    // tick's own query kept a connection idle in transaction. Now the tick reads nothing itself and
    // the worker starts a transaction per call (REQUIRES_NEW), whatever the timer's attribute does.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long shop : worker.shops()) {
                for (EventConsumer consumer : consumers.all()) {
                    if (consumer.enabled()) {
                        deliverAll(shop, consumer.name());
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    /** One consumer's backlog in one shop; its failure (even of the database) stops only itself. */
    private void deliverAll(long shop, String consumer) {
        try {
            while (worker.deliver(shop, consumer, BATCH, Instant.now()) == BATCH) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery to " + consumer + " failed for shop " + shop + "; retrying on the next tick",
                    e);
        }
    }
}
