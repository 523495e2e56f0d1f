package com.kaeru.backend.notifications.application;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every two seconds, delivers what the outbox holds, shop by shop (each shop's rows are only
 * visible inside a transaction bound to it). Ticks do not overlap.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());

    @Inject
    OutboxWorker worker;
    @Inject
    @ConfigProperty(name = "kaeru.mail.enabled", defaultValue = "true")
    boolean enabled;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    // A backlog of 80,000 events was once delivered in one transaction spanning every batch, and the
    // tick's own query kept a connection idle in transaction. Now the tick reads nothing itself and
    // the worker starts a transaction per call (REQUIRES_NEW), whatever the timer's attribute does.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long shop : worker.shops()) {
                while (worker.deliver(shop, 50) == 50) {
                    // a full batch: there may be more
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox dispatch failed; retrying on the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
