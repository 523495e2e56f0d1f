package com.kaeru.backend.webhooks.application;

import java.time.Instant;
import java.util.Collection;
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
 * Hands endpoints with due deliveries to a bounded pool of workers ({@code kaeru.webhooks.workers}, default 8).
 * <p>
 * <b>Right after a commit</b> that queued deliveries for a shop ({@link DeliveriesQueued}: a use case whose event
 * an endpoint subscribes to, a test send, a replay) and when a worker finishes an endpoint that sent something
 * (more may have come due meanwhile), a worker of the pool claims for that shop <em>itself</em> and sends the first
 * claimed endpoint's deliveries on the same thread ({@link #wake}). Until issue 12 these claims went through the
 * one claims lane below: a single thread for every shop, which at 8 submitting clients got a small CPU share
 * beside the request threads and queued the commits of all shops behind each other; now several shops' claims run
 * side by side on the pool, and the HTTP call starts without a hand-over in between. A claim queued and not yet
 * started takes the commits that follow for its shop (one claim per shop in the queue, not one per commit).
 * <p>
 * <b>On {@link WebhookScheduler}'s tick</b> the claims lane ({@link CoalescingLane}, one thread) visits the shops with
 * deliveries due (retries, replays, other instances' deliveries), shop by shop, and hands the claimed endpoints to
 * the pool.
 * <p>
 * What holds either way: one shop holds at most half the pool (permits taken before claiming, never waited for),
 * so a receiver that hangs (until the timeout) or a shop with many slow ones never holds up other shops'
 * deliveries; each endpoint has one worker in the whole cluster (SKIP LOCKED and leases on the endpoint row, in
 * short transactions, so other instances claim side by side); the worker's limits (requests in flight, only 2xx
 * counts, backoff and Retry-After, 410 disables) are {@link WebhookSender}'s. A plain CDI bean like
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
    /** Shops whose claim waits in the pool's queue: a commit meanwhile needs no second one. */
    private final Set<Long> claimQueued = ConcurrentHashMap.newKeySet();
    private final CoalescingLane claims = new CoalescingLane("Webhook claims", new CoalescingLane.Work() {
        @Override
        public Collection<Long> dueShops() {
            return deliveries.dueShops(Instant.now());
        }

        @Override
        public boolean serve(long shop) {
            claimFor(shop, false);
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

    /** On the committing thread: only hands the shop over, never waits. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesQueued queued) {
        wake(queued.shopId());
    }

    /** Claims for one shop now, on a worker of the pool, which then sends the first endpoint it claimed. */
    public void wake(long shopId) {
        ExecutorService workerPool = pool;
        if (workerPool == null) {
            claims.wake(shopId, claimer); // not started: served by the lane's first pass
            return;
        }
        if (!claimQueued.add(shopId)) {
            return; // the queued claim has not looked yet: it finds these deliveries too
        }
        try {
            workerPool.execute(() -> {
                claimQueued.remove(shopId);
                claimFor(shopId, true);
            });
        } catch (RejectedExecutionException e) {
            claimQueued.remove(shopId); // shutting down
        }
    }

    /** Claims for every shop with deliveries due soon (the tick). */
    public void wakeAll() {
        claims.sweep(claimer);
    }

    /**
     * Takes as many permits as the shop may still use, claims that many endpoints and starts a worker per endpoint;
     * with {@code sendHere} (already on a worker of the pool) the first endpoint is sent from this thread.
     */
    private void claimFor(long shop, boolean sendHere) {
        AtomicInteger busy = busyPerShop.computeIfAbsent(shop, s -> new AtomicInteger());
        int room = reserve(busy);
        if (room == 0) {
            return; // a worker of this shop wakes it again when it finishes
        }
        List<Long> endpoints = List.of();
        try {
            endpoints = deliveries.claim(shop, Instant.now(), room);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook claim failed for shop " + shop + "; trying again on the next tick", e);
        }
        for (int unused = room - endpoints.size(); unused > 0; unused--) {
            finished(busy);
        }
        for (int i = sendHere ? 1 : 0; i < endpoints.size(); i++) {
            launch(shop, endpoints.get(i), busy);
        }
        if (sendHere && !endpoints.isEmpty()) {
            drain(shop, endpoints.get(0), busy);
        }
    }

    /** Permits for this shop, up to half the pool in all: taken if free, never waited for (nor on a worker). */
    private int reserve(AtomicInteger busy) {
        int cap = Math.max(1, workers / 2);
        int room = 0;
        while (true) {
            int now = busy.get();
            if (now >= cap) {
                return room;
            }
            if (!busy.compareAndSet(now, now + 1)) {
                continue;
            }
            if (!free.tryAcquire()) {
                busy.decrementAndGet();
                return room;
            }
            room++;
        }
    }

    private void finished(AtomicInteger busy) {
        busy.decrementAndGet();
        free.release();
    }

    /** Starts a worker for an endpoint claimed with a permit of its own. */
    private void launch(long shop, long endpoint, AtomicInteger busy) {
        try {
            pool.execute(() -> drain(shop, endpoint, busy));
        } catch (RejectedExecutionException e) {
            finished(busy);
            deliveries.release(shop, endpoint);
        }
    }

    private void drain(long shop, long endpoint, AtomicInteger busy) {
        int sent = 0;
        try {
            sent = sender.drain(shop, endpoint);
        } finally {
            finished(busy);
            if (sent > 0) {
                wake(shop); // more may be due (a burst longer than one claim); nothing sent: wait for the tick
            }
        }
    }
}
