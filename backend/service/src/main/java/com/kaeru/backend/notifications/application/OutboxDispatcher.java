package com.kaeru.backend.notifications.application;

import java.util.List;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private final java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean();

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    // Also said on the method: a backlog of 80,000 events was once delivered in one transaction
    // spanning every batch. The worker now starts its own (REQUIRES_NEW); this keeps the tick out of any.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!enabled || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            @SuppressWarnings("unchecked")
            List<Number> shops = em.createNativeQuery("select id from shop order by id").getResultList();
            for (Number shop : shops) {
                while (worker.deliver(shop.longValue(), 50) == 50) {
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
