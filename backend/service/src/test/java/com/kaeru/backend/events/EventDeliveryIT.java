package com.kaeru.backend.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.kaeru.api.events.ExchangeReserved;
import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.EventDeliveryWorker;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Delivery state is per consumer: a consumer that always fails retries with backoff and never
 * holds up another; two workers claiming at once hand each (event, consumer) over once; events
 * and deliveries are row-level secured per shop. The test consumers want only this test's shops,
 * and its events are due a day ahead, so the running dispatcher (which delivers what is due now)
 * leaves them to the workers the test drives with that instant.
 */
@ExtendWith(ArquillianExtension.class)
class EventDeliveryIT {
    static final Set<Long> TEST_SHOPS = ConcurrentHashMap.newKeySet();

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(EventDeliveryIT.class)
                .addClasses(TestShopsConsumer.class, RecordingConsumer.class, FailingConsumer.class, BatchConsumer.class);
    }

    /** A test consumer takes only the events of this test's shops, so other tests' events never reach it. */
    public abstract static class TestShopsConsumer implements EventConsumer {
        @Override
        public boolean accepts(long shopId, String eventType) {
            return TEST_SHOPS.contains(shopId);
        }
    }

    /** Records what it got; {@link #gate} lets a test hold a delivery open until another worker claims too. */
    @ApplicationScoped
    public static class RecordingConsumer extends TestShopsConsumer {
        // static: the test holds a client proxy, whose own fields are not the bean's
        static final Map<UUID, AtomicInteger> received = new ConcurrentHashMap<>();
        static volatile CountDownLatch gate;
        static volatile boolean metAtGate;

        @Override
        public String name() {
            return "test-recording";
        }

        @Override
        public void deliver(StoredEvent event) throws Exception {
            received.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
            CountDownLatch g = gate;
            if (g != null && g.getCount() > 0) {
                g.countDown();
                metAtGate = g.await(20, TimeUnit.SECONDS);
            }
        }
    }

    /** A webhook endpoint that is down for good. */
    @ApplicationScoped
    public static class FailingConsumer extends TestShopsConsumer {
        @Override
        public String name() {
            return "test-failing";
        }

        @Override
        public void deliver(StoredEvent event) {
            throw new IllegalStateException("endpoint down");
        }
    }

    /** Takes a batch at once (as the reporting projection does); fails the whole batch while {@link #down}. */
    @ApplicationScoped
    public static class BatchConsumer extends TestShopsConsumer {
        static final List<List<UUID>> batches = new java.util.concurrent.CopyOnWriteArrayList<>();
        static volatile boolean down;

        @Override
        public String name() {
            return "test-batch";
        }

        @Override
        public boolean takesBatches() {
            return true;
        }

        @Override
        public void deliverAll(List<StoredEvent> events) {
            if (down) {
                throw new IllegalStateException("store down");
            }
            batches.add(events.stream().map(StoredEvent::eventId).toList());
        }

        @Override
        public void deliver(StoredEvent event) {
            throw new AssertionError("a batch consumer is handed the batch, not event by event");
        }
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    Outbox outbox;
    @Inject
    EventDeliveryWorker worker;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private long newShop() {
        String slug = "events-" + UUID.randomUUID().toString().substring(0, 8);
        long shop = inTransaction.call(() -> ((Number) em.createNativeQuery(
                "insert into shop (slug, name) values (?1, 'Events test') returning id").setParameter(1, slug)
                .getSingleResult()).longValue());
        TEST_SHOPS.add(shop);
        return shop;
    }

    /** Raises {@code n} events (not e-mailed: ExchangeReserved), due at {@code at}; returns their ids. */
    private List<UUID> raise(long shop, int n, Instant at) {
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            for (int i = 0; i < n; i++) {
                outbox.raise(shop, "system", new ExchangeReserved("R-" + i, i, 500 + i, 1), "R-" + i + ":reserved", at);
            }
        });
        return inTransaction.call(() -> {
            tenantSession.bind(shop);
            @SuppressWarnings("unchecked")
            List<Object> ids = em.createNativeQuery("select event_id from outbox_event where shop_id = ?1 order by id")
                    .setParameter(1, shop).getResultList();
            return ids.stream().map(id -> UUID.fromString(id.toString())).toList();
        });
    }

    private Object[] delivery(long shop, UUID event, String consumer) {
        return inTransaction.call(() -> {
            tenantSession.bind(shop);
            return (Object[]) em.createNativeQuery("select d.attempts, d.last_error, "
                            + "extract(epoch from d.available_at)::bigint, d.delivered_at is not null "
                            + "from outbox_delivery d join outbox_event e on e.id = d.event_id "
                            + "where e.event_id = cast(?1 as uuid) and d.consumer = ?2")
                    .setParameter(1, event.toString()).setParameter(2, consumer).getSingleResult();
        });
    }

    @Test
    void aConsumerThatAlwaysFailsRetriesWithBackoffWhileTheOtherDeliversEverything() {
        long shop = newShop();
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> events = raise(shop, 5, due);
        assertThat(events).hasSize(5);
        // The tick visits a shop only once something is due there (one read across shops: DueShops).
        assertThat(worker.dueShops("test-failing", due.minusSeconds(1))).doesNotContain(shop);
        assertThat(worker.dueShops("test-failing", due)).contains(shop);

        // The failing consumer goes first: its failures change nothing for the other one.
        assertThat(worker.deliver(shop, "test-failing", 50, due)).isEqualTo(5);
        assertThat(worker.deliver(shop, "test-recording", 50, due)).isEqualTo(5);
        assertThat(RecordingConsumer.received.keySet()).containsAll(events);
        events.forEach(e -> assertThat(RecordingConsumer.received.get(e).get()).isEqualTo(1));
        for (UUID e : events) {
            Object[] ok = delivery(shop, e, "test-recording");
            assertThat(ok[3]).isEqualTo(true);
            Object[] failed = delivery(shop, e, "test-failing");
            assertThat(((Number) failed[0]).intValue()).isEqualTo(1);
            assertThat((String) failed[1]).isEqualTo("IllegalStateException: endpoint down");
            assertThat(((Number) failed[2]).longValue()).isEqualTo(due.getEpochSecond() + 30);
            assertThat(failed[3]).isEqualTo(false);
        }

        // Backing off: nothing is due 29 s later; at 30 s all five are tried again, then wait 60 s more.
        assertThat(worker.dueShops("test-failing", due.plusSeconds(29))).doesNotContain(shop);
        assertThat(worker.dueShops("test-failing", due.plusSeconds(30))).contains(shop);
        assertThat(worker.dueShops("test-recording", due.plusSeconds(3600))).doesNotContain(shop);
        assertThat(worker.deliver(shop, "test-failing", 50, due.plusSeconds(29))).isZero();
        assertThat(worker.deliver(shop, "test-failing", 50, due.plusSeconds(30))).isEqualTo(5);
        Object[] again = delivery(shop, events.get(0), "test-failing");
        assertThat(((Number) again[0]).intValue()).isEqualTo(2);
        assertThat(((Number) again[2]).longValue()).isEqualTo(due.getEpochSecond() + 30 + 60);
        // The delivered consumer is never handed them again.
        assertThat(worker.deliver(shop, "test-recording", 50, due.plusSeconds(3600))).isZero();
        events.forEach(e -> assertThat(RecordingConsumer.received.get(e).get()).isEqualTo(1));
    }

    @Test
    void aBatchConsumerGetsTheBatchInOrderAtOnceAndAFailedBatchIsRetriedAsAWhole() {
        long shop = newShop();
        Instant due = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
        List<UUID> events = raise(shop, 5, due);

        BatchConsumer.down = true;
        try {
            assertThat(worker.deliver(shop, "test-batch", 50, due)).isEqualTo(5);
        } finally {
            BatchConsumer.down = false;
        }
        for (UUID e : events) {
            Object[] failed = delivery(shop, e, "test-batch");
            assertThat(((Number) failed[0]).intValue()).as("every event of the failed batch counts an attempt").isEqualTo(1);
            assertThat((String) failed[1]).isEqualTo("IllegalStateException: store down");
            assertThat(((Number) failed[2]).longValue()).isEqualTo(due.getEpochSecond() + 30);
            assertThat(failed[3]).isEqualTo(false);
        }
        assertThat(BatchConsumer.batches.stream().flatMap(List::stream)).doesNotContainAnyElementsOf(events);

        // Due again after the backoff: the five arrive together, in the order they were raised, and are done.
        assertThat(worker.deliver(shop, "test-batch", 3, due.plusSeconds(30))).isEqualTo(3);
        assertThat(worker.deliver(shop, "test-batch", 50, due.plusSeconds(30))).isEqualTo(2);
        List<List<UUID>> mine = BatchConsumer.batches.stream().filter(b -> events.contains(b.get(0))).toList();
        assertThat(mine).containsExactly(events.subList(0, 3), events.subList(3, 5));
        events.forEach(e -> assertThat(delivery(shop, e, "test-batch")[3]).isEqualTo(true));
        assertThat(worker.deliver(shop, "test-batch", 50, due.plusSeconds(3600))).isZero();
    }

    @Test
    void twoWorkersClaimingAtOnceDeliverEachEventToTheConsumerOnce() throws Exception {
        long shop = newShop();
        Instant due = Instant.now().plus(Duration.ofDays(1));
        List<UUID> events = raise(shop, 20, due);
        // Each worker's first delivery waits until the other worker is delivering too: both hold their
        // claims at the same time, so a second worker that blocked on (or re-took) the first's rows shows.
        RecordingConsumer.gate = new CountDownLatch(2);
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        Future<Integer> first = executor.submit(() -> worker.deliver(shop, "test-recording", 10, due));
        Future<Integer> second = executor.submit(() -> worker.deliver(shop, "test-recording", 10, due));
        assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(20);
        RecordingConsumer.gate = null;
        assertThat(RecordingConsumer.metAtGate).as("both workers delivered at the same time").isTrue();
        assertThat(first.get()).isEqualTo(10);
        events.forEach(e -> assertThat(RecordingConsumer.received.get(e)).as("event %s", e).hasValue(1));
        assertThat(worker.deliver(shop, "test-recording", 50, due)).isZero();
    }

    @Test
    void anEventStoredTwiceUnderOneKeyIsOneEventWithOneDeliveryPerConsumer() {
        long shop = newShop();
        Instant due = Instant.now().plus(Duration.ofDays(1));
        raise(shop, 1, due);
        raise(shop, 1, due); // a retried use case raises the same key again
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return ((Number) em.createNativeQuery("select count(*) from outbox_event e join outbox_delivery d "
                    + "on d.event_id = e.id where e.shop_id = ?1").setParameter(1, shop).getSingleResult()).longValue();
        })).isEqualTo(3); // one event x (test-recording, test-failing, test-batch); no e-mail for ExchangeReserved
    }

    @Test
    void eventsAndDeliveriesAreRowLevelSecuredPerShop() {
        long mine = newShop();
        long other = newShop();
        Instant due = Instant.now().plus(Duration.ofDays(1));
        raise(mine, 2, due);
        raise(other, 3, due);
        inTransaction.run(() -> {
            tenantSession.bind(mine);
            for (String table : List.of("outbox_event", "outbox_delivery")) {
                assertThat(((Number) em.createNativeQuery("select count(*) from " + table + " where shop_id = ?1")
                        .setParameter(1, other).getSingleResult()).longValue()).as(table).isZero();
                assertThat(((Number) em.createNativeQuery("select count(distinct shop_id) from " + table)
                        .getSingleResult()).longValue()).as(table).isEqualTo(1);
            }
        });
        // A worker bound to one shop never sees the other's deliveries.
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(mine);
            return ((Number) em.createNativeQuery("select count(*) from outbox_delivery").getSingleResult()).longValue();
        })).isEqualTo(6); // its 2 events x the 3 test consumers
        // Writing a delivery for another shop's event is refused.
        long othersEvent = inTransaction.call(() -> {
            tenantSession.bind(other);
            return ((Number) em.createNativeQuery("select min(id) from outbox_event").getSingleResult()).longValue();
        });
        assertThatThrownBy(() -> inTransaction.run(() -> {
            tenantSession.bind(mine);
            em.createNativeQuery("insert into outbox_delivery (event_id, shop_id, consumer, available_at) "
                    + "values (?1, ?2, 'intruder', now())").setParameter(1, othersEvent).setParameter(2, other)
                    .executeUpdate();
        })).isInstanceOf(RuntimeException.class);
        // Without a bound shop, nothing at all.
        assertThat(inTransaction.call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_delivery")
                .getSingleResult()).longValue())).isZero();
    }
}
