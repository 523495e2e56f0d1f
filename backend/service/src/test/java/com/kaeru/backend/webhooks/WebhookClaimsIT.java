package com.kaeru.backend.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.kaeru.api.events.StockChanged;
import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.webhooks.application.WebhookDeliveries;
import com.kaeru.backend.webhooks.application.WebhookMessages;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several instances claiming one shop's endpoints at the same moment (transactions of their own,
 * released together) never claim the same endpoint twice, and a claimed endpoint stays with its
 * worker until released: one request in flight per endpoint. The deliveries are due tomorrow and
 * claimed "as of" the day after, so this deployment's own scheduler leaves them alone. And the
 * fan-out: an event's deliveries are written in the transaction that raises it and roll back with it.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookClaimsIT {
    private static final int ENDPOINTS = 12;

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(WebhookClaimsIT.class);
    }

    @Inject
    InTransaction inTransaction;
    @Inject
    TenantSession tenantSession;
    @Inject
    WebhookDeliveries deliveries;
    @Inject
    Outbox outbox;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private long newShop() {
        String slug = "claims-" + UUID.randomUUID().toString().substring(0, 8);
        return inTransaction.call(() -> ((Number) em.createNativeQuery("insert into shop (slug, name, "
                + "default_language) values (?1, 'クレーム店', 'ja') returning id").setParameter(1, slug)
                .getSingleResult()).longValue());
    }

    /** An endpoint of the bound shop, on a port nobody listens on. */
    private long endpoint(long shop, String types, boolean enabled) {
        return ((Number) em.createNativeQuery("insert into webhook_endpoint (shop_id, url, event_types, enabled, "
                        + "secret, created_by, created_at, updated_at) values (?1, 'http://127.0.0.1:9/', ?2, ?3, "
                        + "'whsec_AAAA', 'test', now(), now()) returning id")
                .setParameter(1, shop).setParameter(2, types).setParameter(3, enabled).getSingleResult()).longValue();
    }

    private long shopWithDueEndpoints(Instant due) {
        long shop = newShop();
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            for (int i = 0; i < ENDPOINTS; i++) {
                long endpoint = endpoint(shop, "stock.changed", true);
                em.createNativeQuery("insert into webhook_delivery (shop_id, endpoint_id, message_id, event_type, payload, "
                                + "kind, next_attempt_at, created_at) values (?1, ?2, ?3, 'stock.changed', '{}', 'EVENT', ?4, now())")
                        .setParameter(1, shop).setParameter(2, endpoint).setParameter(3, "msg_" + i)
                        .setParameter(4, due.atOffset(ZoneOffset.UTC)).executeUpdate();
            }
        });
        return shop;
    }

    @Test
    void concurrentClaimersNeverShareAnEndpointAndLeasesHoldUntilReleased() throws Exception {
        Instant due = Instant.now().plus(1, ChronoUnit.DAYS);
        Instant asOf = due.plus(1, ChronoUnit.DAYS);
        long shop = shopWithDueEndpoints(due);
        ManagedExecutorService executor = (ManagedExecutorService) new javax.naming.InitialContext()
                .lookup("java:comp/DefaultManagedExecutorService");
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> claims = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                claims.add(executor.submit(() -> {
                    start.await();
                    return deliveries.claim(shop, asOf, 5);
                }));
            }
            start.countDown();
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> f : claims) {
                claimed.addAll(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(claimed).doesNotHaveDuplicates();
            // Whatever was not claimed in the race is claimable now, and then nothing is left.
            claimed.addAll(deliveries.claim(shop, asOf, ENDPOINTS));
            assertThat(claimed).doesNotHaveDuplicates().hasSize(ENDPOINTS);
            assertThat(deliveries.claim(shop, asOf, ENDPOINTS)).isEmpty();
            // Released, each endpoint is claimable again by exactly one claimer.
            for (long endpoint : claimed) {
                deliveries.release(shop, endpoint);
            }
        }
        // A claimed endpoint hands out its due delivery; a lease that ran out makes it claimable again.
        List<Long> all = deliveries.claim(shop, asOf, ENDPOINTS);
        assertThat(deliveries.next(shop, all.get(0), asOf, 4)).singleElement().satisfies(d ->
                assertThat(d.delivery().messageId()).startsWith("msg_"));
        assertThat(deliveries.claim(shop, asOf.plus(10, ChronoUnit.MINUTES), ENDPOINTS)).hasSize(ENDPOINTS);
    }

    @Test
    void anEventsDeliveriesAreWrittenInTheTransactionThatRaisesItAndRollBackWithIt() {
        long shop = newShop();
        List<Long> endpoints = inTransaction.call(() -> {
            tenantSession.bind(shop);
            return List.of(endpoint(shop, "stock.changed", true), endpoint(shop, "return.approved,stock.changed", true),
                    endpoint(shop, "stock.changed", false), endpoint(shop, "return.approved", true));
        });
        String key = "claims-it-" + UUID.randomUUID();
        StockChanged payload = new StockChanged("IT-SKU", 1, "MAIN", 1, "SYNC", null, 1, 0, 0, 0, 1, 0, 0, 0, 1,
                Instant.now());
        assertThatThrownBy(() -> inTransaction.run(() -> {
            tenantSession.bind(shop);
            outbox.raise(shop, "system", payload, key, Instant.now());
            outbox.raise(shop, "system", payload, key, Instant.now()); // a retried use case: stored once
            // Before any commit, in the raising transaction: one delivery per enabled endpoint subscribed to the
            // type, none for the switched-off one or the one subscribed to another type.
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select endpoint_id, message_id, cast(event_id as text) "
                    + "from webhook_delivery where shop_id = ?1 and kind = 'EVENT' order by endpoint_id")
                    .setParameter(1, shop).getResultList();
            assertThat(rows).extracting(r -> ((Number) r[0]).longValue()).containsExactly(endpoints.get(0), endpoints.get(1));
            // The message id the statement derived is the one WebhookMessages derives (retries and replays share it).
            assertThat(rows).allSatisfy(r -> assertThat(r[1]).isEqualTo(WebhookMessages.messageId(
                    UUID.fromString((String) r[2]), ((Number) r[0]).longValue())));
            throw new IllegalStateException("the use case fails after raising");
        })).hasMessageContaining("the use case fails after raising");
        // Rolled back with the change: neither the event nor a delivery is left.
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return ((Number) em.createNativeQuery("select (select count(*) from webhook_delivery where shop_id = ?1) "
                    + "+ (select count(*) from outbox_event where shop_id = ?1)").setParameter(1, shop)
                    .getSingleResult()).longValue();
        })).isZero();
    }
}
