package com.kaeru.backend.webhooks.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * every shop on {@link WebhookScheduler}'s tick. One shop holds at most half the pool, so a receiver
 * that hangs (until the timeout) or a shop with many slow ones never holds up other shops'
 * deliveries. Claims run on one thread of their own, in short transactions, wake-ups during a pass
 * coalesced into the next; other instances claim side by side (SKIP LOCKED and leases). A plain CDI
 * bean like {@code EventPump}: wake-ups are ignored until the scheduler has started it.
 */
@ApplicationScoped
public class WebhookPump {
    private static final Logger LOG = Logger.getLogger(WebhookPump.class.getName());

    @Inject
    EventDeliveryWorker shops;
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
    private ExecutorService claimer;
    private Semaphore free;
    private final Map<Long, AtomicInteger> busyPerShop = new ConcurrentHashMap<>();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean allShops = new AtomicBoolean();
    private final Set<Long> woken = ConcurrentHashMap.newKeySet();

    synchronized void start() {
        if (pool == null) {
            int size = Math.max(1, workers);
            free = new Semaphore(size);
            claimer = Executors.newSingleThreadExecutor(threads);
            pool = new ThreadPoolExecutor(size, size, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
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
        woken.add(shopId);
        kick();
    }

    /** Claims for every shop soon (the tick). */
    public void wakeAll() {
        allShops.set(true);
        kick();
    }

    private void kick() {
        ExecutorService executor = claimer;
        if (pool == null || executor == null || !claiming.compareAndSet(false, true)) {
            return; // not started, or the running pass takes the wake-up in its next round
        }
        try {
            executor.execute(this::claimRounds);
        } catch (RejectedExecutionException e) {
            claiming.set(false); // shutting down
        }
    }

    private void claimRounds() {
        do {
            try {
                List<Long> round;
                while (!(round = take()).isEmpty() && !Thread.currentThread().isInterrupted()) {
                    round.forEach(this::claimFor);
                }
            } finally {
                claiming.set(false);
            }
        } while ((allShops.get() || !woken.isEmpty()) && claiming.compareAndSet(false, true));
    }

    private List<Long> take() {
        List<Long> round = new ArrayList<>();
        for (Long shop : woken) {
            if (woken.remove(shop)) {
                round.add(shop);
            }
        }
        if (allShops.getAndSet(false)) {
            try {
                return new ArrayList<>(shops.shops());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Webhook claims could not list the shops; trying again in a second", e);
            }
        }
        return round;
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
