package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.notifications.domain.OutboxEvent;
import com.kaeru.backend.notifications.infrastructure.SmtpMailer;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Delivers one shop's pending outbox events. Rows are claimed with {@code FOR UPDATE SKIP LOCKED},
 * so several instances can run side by side without sending anything twice at the same time;
 * a crash after sending and before commit sends again (at-least-once, same Message-ID).
 */
@ApplicationScoped
public class OutboxWorker {
    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    EmailComposer composer;
    @Inject
    SmtpMailer mailer;

    /**
     * The shops to visit, read in a short transaction of its own: read outside one, the query left
     * its pooled connection idle in transaction for the whole tick, holding back VACUUM.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> shops() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from shop order by id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Delivers up to {@code batch} events in a transaction of its own, committed before the next
     * batch: a backlog of thousands must not become one transaction that holds its rows, keeps
     * VACUUM from cleaning up and, on a crash, sends everything again. (Called from the EJB timer,
     * whose own transaction it would otherwise join.)
     *
     * @return how many events were handled
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliver(long shopId, int batch) {
        tenantSession.bind(shopId);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from outbox_event where shop_id = ?1 and delivered_at is null "
                        + "and available_at <= now() order by id limit ?2 for update skip locked")
                .setParameter(1, shopId).setParameter(2, batch).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Shop shop = em.find(Shop.class, shopId);
        Instant now = Instant.now();
        for (Number id : ids) {
            OutboxEvent event = em.find(OutboxEvent.class, id.longValue());
            try {
                @SuppressWarnings("unchecked")
                Map<String, Object> payload = JSON.fromJson(event.payload(), Map.class);
                var email = composer.compose(shop, event.eventType(), payload);
                if (email.isPresent()) {
                    mailer.send(email.get(), shop.name(), event.dedupeKey());
                }
                event.delivered(now);
                if (payload.remove(Outbox.GIFT_CODE) != null) {
                    event.forgetSecrets(JSON.toJson(payload));
                }
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Outbox event " + event.dedupeKey() + " failed (attempt "
                        + (event.attempts() + 1) + ")", e);
                event.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            }
        }
        return ids.size();
    }
}
