package com.kaeru.backend.webhooks.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.platform.concurrency.CoalescingLane;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands endpoints with due deliveries to a bounded pool of workers ({@code kaeru.webhooks.workers},
 * default 8): for one shop right after a commit queued deliveries ({@link DeliveriesQueued}) and
 * when a worker finishes an endpoint that sent something (more may have come due meanwhile), for
 * the shops with deliveries due on {@link WebhookScheduler}'s tick. One shop holds at most half the pool, so a receiver
 * that hangs (until the timeout) or a shop with many slow ones never holds up other shops'
 * deliveries. Claims run on one thread of their own ({@link CoalescingLane}), in short transactions;
 * other instances claim side by side (SKIP LOCKED and leases). A plain CDI bean like
 * {@code EventPump}: nothing runs until the scheduler has started it.
 */
@ApplicationScoped
public class WebhookPump {
    private static final Logger LOG = Logger.getLogger(WebhookPump.class.getName());

    @Inject
    WebhookDeliveries deliveries;
    @Inject
    WebhookSender sender;
    @Inject
    @ConfigProperty(name = "kaeru.webhooks.workers", defaultValue = "8")
    int workers;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private volatile ExecutorService pool;
    private volatile ExecutorService claimer;
    private Semaphore free;
    private final Map<Long, AtomicInteger> busyPerShop = new ConcurrentHashMap<>();
    private final CoalescingLane claims = new CoalescingLane("Webhook claims", new CoalescingLane.Work() {
        @Override
        public Collection<Long> dueShops() {
            return deliveries.dueShops(Instant.now());
        }

        @Override
        public boolean serve(long shop) {
            claimFor(shop);
            return false; // a worker that sent something wakes its shop again
        }
    });

    synchronized void start() {
        if (pool == null) {
            int size = Math.max(1, workers);
            free = new Semaphore(size);
            pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
            claimer = Executors.newSingleThreadExecutor(threads);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            claimer.shutdownNow();
            pool.shutdownNow();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        wake(queued.shopId());
    }

    /** Claims for one shop soon. */
    public void wake(long shopId) {
        claims.wake(shopId, claimer);
    }

    /** Claims for every shop with deliveries due soon (the tick). */
    public void wakeAll() {
        claims.sweep(claimer);
    }

    private void claimFor(long shop) {
        AtomicInteger busy = busyPerShop.computeIfAbsent(shop, s -> new AtomicInteger());
        int room = Math.min(free.availablePermits(), Math.max(1, workers / 2) - busy.get());
        if (room <= 0) {
            return; // a worker of this shop wakes it again when it finishes
        }
        try {
            for (long endpoint : deliveries.claim(shop, Instant.now(), room)) {
                launch(shop, endpoint, busy);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook claim failed for shop " + shop + "; trying again on the next tick", e);
        }
    }

    private void launch(long shop, long endpoint, AtomicInteger busy) {
        free.acquireUninterruptibly();
        busy.incrementAndGet();
        try {
            pool.execute(() -> {
                int sent = 0;
                try {
                    sent = sender.drain(shop, endpoint);
                } finally {
                    busy.decrementAndGet();
                    free.release();
                    if (sent > 0) {
                        wake(shop); // more may be due (a burst longer than one claim); nothing sent: wait for the tick
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            busy.decrementAndGet();
            free.release();
            deliveries.release(shop, endpoint);
        }
    }
}
