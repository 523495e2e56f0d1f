package com.kaeru.backend.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.webhooks.application.WebhookDeliveries;
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
 * claimed "as of" the day after, so this deployment's own scheduler leaves them alone.
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
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    private long shopWithDueEndpoints(Instant due) {
        String slug = "claims-" + UUID.randomUUID().toString().substring(0, 8);
        long shop = inTransaction.call(() -> ((Number) em.createNativeQuery("insert into shop (slug, name, "
                + "default_language) values (?1, 'クレーム店', 'ja') returning id").setParameter(1, slug)
                .getSingleResult()).longValue());
        inTransaction.run(() -> {
            tenantSession.bind(shop);
            for (int i = 0; i < ENDPOINTS; i++) {
                long endpoint = ((Number) em.createNativeQuery("insert into webhook_endpoint (shop_id, url, event_types, "
                                + "secret, created_by, created_at, updated_at) values (?1, 'http://127.0.0.1:9/', "
                                + "'stock.changed', 'whsec_AAAA', 'test', now(), now()) returning id")
                        .setParameter(1, shop).getSingleResult()).longValue();
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
}
