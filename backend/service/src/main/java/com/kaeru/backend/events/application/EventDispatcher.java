package com.kaeru.backend.events.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

/**
 * Every second, delivers what the outbox holds. Each consumer runs on a thread of its own, so a
 * slow one (e-mail over SMTP with a backlog of thousands) never holds up another (webhooks,
 * stock events); within a consumer the shops take turns, one batch each per round, so one shop's
 * backlog never starves the others. A consumer still busy from the last tick is left alone; other
 * instances may deliver at the same time, the row claims ({@code SKIP LOCKED}) keep them apart.
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
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService pool;
    private final Map<String, AtomicBoolean> busy = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        pool = Executors.newCachedThreadPool(threads);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    // A backlog of 80,000 events was once delivered in one transaction spanning every batch, and the
    // tick's own query kept a connection idle in transaction. Now the tick reads nothing itself and
    // the worker starts a transaction per call (REQUIRES_NEW), whatever the timer's attribute does.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        for (EventConsumer consumer : consumers.all()) {
            if (!consumer.enabled()) {
                continue;
            }
            AtomicBoolean running = busy.computeIfAbsent(consumer.name(), name -> new AtomicBoolean());
            if (!running.compareAndSet(false, true)) {
                continue;
            }
            try {
                pool.execute(() -> {
                    try {
                        deliverAll(consumer.name());
                    } finally {
                        running.set(false);
                    }
                });
            } catch (RejectedExecutionException e) {
                running.set(false); // shutting down
            }
        }
    }

    /** One consumer's backlog in every shop, a batch per shop per round, until no shop has a full batch left. */
    void deliverAll(String consumer) {
        List<Long> pending;
        try {
            pending = new ArrayList<>(worker.shops());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery to " + consumer + " could not list the shops; retrying on the next tick", e);
            return;
        }
        while (!pending.isEmpty() && !Thread.currentThread().isInterrupted()) {
            pending.removeIf(shop -> deliverBatch(shop, consumer) < BATCH);
        }
    }

    /** One batch; its failure (even of the database) stops only this shop and consumer until the next tick. */
    private int deliverBatch(long shop, String consumer) {
        try {
            return worker.deliver(shop, consumer, BATCH, Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Delivery to " + consumer + " failed for shop " + shop + "; retrying on the next tick",
                    e);
            return 0;
        }
    }
}
