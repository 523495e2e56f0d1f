package com.kaeru.backend.events.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Runs each consumer's deliveries on a lane of its own: woken for one shop right after a commit
 * queued events for it ({@link EventsQueued}), and for every shop by {@link EventDispatcher}'s tick
 * (retries that came due, other instances' events). Wake-ups while a lane runs are coalesced into
 * one more round, so a burst of commits costs a few passes, not one each; a slow consumer (e-mail
 * with a backlog of thousands) never holds up another (webhooks). A plain CDI bean, not the EJB
 * timer: commits during start-up (the demo data) must not call into a singleton the container is
 * still starting, so wake-ups are ignored until the dispatcher has started ({@link #start}).
 */
@ApplicationScoped
public class EventPump {
    private static final Logger LOG = Logger.getLogger(EventPump.class.getName());
    static final int BATCH = 50;

    @Inject
    EventDeliveryWorker worker;
    @Inject
    EventConsumers consumers;
    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    private volatile ExecutorService pool;
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

    /** What a consumer's lane still has to visit, and whether a pass is running. */
    private static final class Lane {
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean allShops = new AtomicBoolean();
        final Set<Long> shops = ConcurrentHashMap.newKeySet();
    }

    /** Opens the pump; until then wake-ups are dropped (the first tick visits every shop anyway). */
    synchronized void start() {
        if (pool == null) {
            pool = Executors.newCachedThreadPool(threads);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsQueued queued) {
        for (String consumer : queued.consumers()) {
            lane(consumer).shops.add(queued.shopId());
            kick(consumer);
        }
    }

    /** Every enabled consumer visits every shop (the tick). */
    public void wakeAll() {
        for (EventConsumer consumer : consumers.all()) {
            if (consumer.enabled()) {
                lane(consumer.name()).allShops.set(true);
                kick(consumer.name());
            }
        }
    }

    private Lane lane(String consumer) {
        return lanes.computeIfAbsent(consumer, name -> new Lane());
    }

    private void kick(String consumer) {
        ExecutorService executor = pool;
        Lane lane = lane(consumer);
        if (executor == null || !lane.running.compareAndSet(false, true)) {
            return; // not started yet, or the running pass takes the new work in its next round
        }
        try {
            executor.execute(() -> run(consumer, lane));
        } catch (RejectedExecutionException e) {
            lane.running.set(false); // shutting down
        }
    }

    private void run(String consumer, Lane lane) {
        do {
            try {
                List<Long> shops;
                while (!(shops = take(consumer, lane)).isEmpty() && !Thread.currentThread().isInterrupted()) {
                    deliverRounds(consumer, shops);
                }
            } finally {
                lane.running.set(false);
            }
            // A wake-up between the last take and the release above would otherwise wait for the tick.
        } while ((lane.allShops.get() || !lane.shops.isEmpty()) && lane.running.compareAndSet(false, true));
    }

    private List<Long> take(String consumer, Lane lane) {
        List<Long> shops = new ArrayList<>();
        for (Long shop : lane.shops) {
            if (lane.shops.remove(shop)) {
                shops.add(shop);
            }
        }
        if (lane.allShops.getAndSet(false)) {
            try {
                return new ArrayList<>(worker.shops());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Delivery to " + consumer + " could not list the shops; retrying on the next tick",
                        e);
            }
        }
        return shops;
    }

    /** A batch per shop per round, until no shop has a full batch left: one shop's backlog starves nobody. */
    private void deliverRounds(String consumer, List<Long> shops) {
        List<Long> pending = new ArrayList<>(shops);
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
