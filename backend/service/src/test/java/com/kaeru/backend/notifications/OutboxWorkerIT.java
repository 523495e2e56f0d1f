package com.kaeru.backend.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.kaeru.backend.events.application.EventDeliveryWorker;
import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.InTransaction;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The outbox worker delivers each batch in a transaction of its own, whoever calls it: a backlog
 * is worked off batch by batch, each committed, never as one transaction over all of it (which
 * once held 80,000 rows locked and VACUUM stalled for as long as the mails took).
 */
@ExtendWith(ArquillianExtension.class)
class OutboxWorkerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.builtApiWarWith(OutboxWorkerIT.class);
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

    @Test
    void aBatchRunsInATransactionOfItsOwnNotTheCallers() {
        String slug = "outbox-" + UUID.randomUUID().toString().substring(0, 8);
        // The shop registry has no row-level policy: the application role may add a shop.
        long shop = inTransaction.call(() -> ((Number) em.createNativeQuery(
                "insert into shop (slug, name) values (?1, 'Outbox test') returning id").setParameter(1, slug)
                .getSingleResult()).longValue());

        int[] delivered = new int[1];
        // The caller's transaction publishes an event and, still uncommitted, asks for delivery;
        // then it fails and rolls back, so the event never existed for anyone else.
        assertThatThrownBy(() -> inTransaction.run(() -> {
            tenantSession.bind(shop);
            outbox.publish(shop, "NO_SUCH_EVENT", "R-1", "uncommitted", Map.of("language", "ja"),
                    Instant.now().minusSeconds(60));
            delivered[0] = worker.deliver(shop, "email", 50, Instant.now());
            throw new IllegalStateException("the caller fails");
        })).hasMessage("the caller fails");

        // Joining the caller's transaction, the worker would have seen and "delivered" the event.
        assertThat(delivered[0]).isZero();
        assertThat(inTransaction.call(() -> {
            tenantSession.bind(shop);
            return ((Number) em.createNativeQuery("select count(*) from outbox_event where shop_id = ?1")
                    .setParameter(1, shop).getSingleResult()).longValue();
        })).isZero();
    }
}
