package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.util.Map;

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
     * Payload key of a gift code: the one secret an event may carry, for the customer's e-mail;
     * the worker removes it from the row once that e-mail is sent.
     */
    public static final String GIFT_CODE = "giftCode";

    /**
     * @param dedupeKey unique per event; the same key twice is stored once
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(long shopId, String type, String aggregateRef, String dedupeKey, Map<String, ?> payload,
                        Instant now) {
        // on conflict: a key published twice (a retried use case) is stored once, without failing the transaction
        em.createNativeQuery("insert into outbox_event (shop_id, event_type, aggregate_ref, dedupe_key, payload, "
                        + "created_at, available_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?6) "
                        + "on conflict (shop_id, dedupe_key) do nothing")
                .setParameter(1, shopId).setParameter(2, type).setParameter(3, aggregateRef).setParameter(4, dedupeKey)
                .setParameter(5, JSON.toJson(payload)).setParameter(6, now.atOffset(java.time.ZoneOffset.UTC))
                .executeUpdate();
    }
}
