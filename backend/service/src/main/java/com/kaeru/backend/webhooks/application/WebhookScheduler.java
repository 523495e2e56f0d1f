package com.kaeru.backend.webhooks.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.events.application.EventDeliveryWorker;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every second, hands endpoints with due deliveries to a bounded pool of workers
 * ({@code kaeru.webhooks.workers}, default 8). Each claimed endpoint holds one worker and has one
 * request in flight, and one shop holds at most half the pool, so a receiver that hangs (until the
 * timeout) or a shop with many slow ones never holds up other shops' deliveries. The tick itself
 * only claims, in short transactions; other instances claim side by side (SKIP LOCKED and leases).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookScheduler {
    private static final Logger LOG = Logger.getLogger(WebhookScheduler.class.getName());

    @Inject
    EventDeliveryWorker shops;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookSender sender;
    @Inject
    @ConfigProperty(name = "kaeru.webhooks.workers", defaultValue = "8")
    int workers;
    @Resource
    ManagedThreadFactory threads;

    private ExecutorService pool;
    private Semaphore free;
    private final Map<Long, AtomicInteger> busyPerShop = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();

    @PostConstruct
    void start() {
        int size = Math.max(1, workers);
        pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        free = new Semaphore(size);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            int perShop = Math.max(1, workers / 2);
            for (long shop : shops.shops()) {
                AtomicInteger busy = busyPerShop.computeIfAbsent(shop, s -> new AtomicInteger());
                int room = Math.min(free.availablePermits(), perShop - busy.get());
                if (room <= 0) {
                    continue;
                }
                for (long endpoint : deliveries.claim(shop, Instant.now(), room)) {
                    launch(shop, endpoint, busy);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook tick failed; trying again in a second", e);
        } finally {
            running.set(false);
        }
    }

    // Not an overload of start(): the EJB container looks lifecycle callbacks up by name.
    private void launch(long shop, long endpoint, AtomicInteger busy) {
        free.acquireUninterruptibly();
        busy.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    sender.drain(shop, endpoint);
                } finally {
                    busy.decrementAndGet();
                    free.release();
                }
            });
        } catch (RejectedExecutionException e) {
            busy.decrementAndGet();
            free.release();
            deliveries.release(shop, endpoint);
        }
    }
}
