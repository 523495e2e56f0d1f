package com.kaeru.backend.events.application;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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

/**
 * Runs each consumer's deliveries on a {@link CoalescingLane} of its own: woken for one shop right
 * after a commit queued events for it ({@link EventsQueued}), and by {@link EventDispatcher}'s tick
 * for the shops with deliveries due (retries, other instances' events). A slow consumer (e-mail with
 * a backlog of thousands) never holds up another (the reporting projection). A plain CDI bean, not the EJB timer:
 * commits during start-up (the demo data) must not call into a singleton the container is still
 * starting, so nothing runs until the dispatcher has started the pump ({@link #start}).
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
    private final Map<String, CoalescingLane> lanes = new ConcurrentHashMap<>();

    /** Opens the pump; wake-ups before it wait for the first pass. */
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
            lane(consumer).wake(queued.shopId(), pool);
        }
    }

    /** Every enabled consumer visits the shops with deliveries due (the tick). */
    public void wakeAll() {
        for (EventConsumer consumer : consumers.all()) {
            if (consumer.enabled()) {
                lane(consumer.name()).sweep(pool);
            }
        }
    }

    private CoalescingLane lane(String consumer) {
        return lanes.computeIfAbsent(consumer, name -> new CoalescingLane("Delivery to " + name,
                new CoalescingLane.Work() {
                    @Override
                    public java.util.Collection<Long> dueShops() {
                        return worker.dueShops(name, Instant.now());
                    }

                    @Override
                    public boolean serve(long shop) {
                        return deliverBatch(shop, name) == BATCH;
                    }
                }));
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
