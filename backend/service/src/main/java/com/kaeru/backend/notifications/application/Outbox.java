package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.util.Map;

import com.kaeru.backend.notifications.domain.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes events to the outbox in the caller's transaction: they leave only if the change commits. */
@ApplicationScoped
public class Outbox {
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /**
     * @param dedupeKey unique per event; the same key twice is stored once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long shopId, String type, String aggregateRef, String dedupeKey, Map<String, ?> payload,
                        Instant now) {
        long existing = em.createQuery("select count(e) from OutboxEvent e where e.shopId = :shop and e.dedupeKey = :key",
                        Long.class).setParameter("shop", shopId).setParameter("key", dedupeKey).getSingleResult();
        if (existing == 0) {
            em.persist(new OutboxEvent(shopId, type, aggregateRef, dedupeKey, JSON.toJson(payload), now));
        }
    }
}
