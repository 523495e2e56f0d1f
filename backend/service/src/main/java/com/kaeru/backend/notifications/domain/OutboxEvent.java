package com.kaeru.backend.notifications.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Something that must leave the process reliably (an e-mail to the customer, a webhook). */
@Entity
@Table(name = "outbox_event")
@Cacheable(false)
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;
    @Column(name = "aggregate_ref", nullable = false, updatable = false)
    private String aggregateRef;
    @Column(name = "dedupe_key", nullable = false, updatable = false)
    private String dedupeKey;
    @Column(nullable = false)
    private String payload;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "available_at", nullable = false)
    private Instant availableAt;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxEvent() {
    }

    public OutboxEvent(long shopId, String eventType, String aggregateRef, String dedupeKey, String payload,
                       Instant now) {
        this.shopId = shopId;
        this.eventType = eventType;
        this.aggregateRef = aggregateRef;
        this.dedupeKey = dedupeKey;
        this.payload = payload;
        this.createdAt = now;
        this.availableAt = now;
    }

    public void delivered(Instant now) {
        this.deliveredAt = now;
        this.lastError = null;
    }

    /**
     * Replaces the payload after delivery with one that no longer holds what only the recipient
     * may keep (a gift code): the row stays as the record of what was sent, without the secret.
     */
    public void forgetSecrets(String payloadWithoutSecrets) {
        if (deliveredAt == null) {
            throw new IllegalStateException("Event " + id + " is not delivered yet");
        }
        this.payload = payloadWithoutSecrets;
    }

    /** Retries with exponential backoff: 30 s, 1 min, 2 min, ... up to an hour. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        long delay = Math.min(3600, 30L << Math.min(attempts - 1, 7));
        availableAt = now.plusSeconds(delay);
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public String eventType() {
        return eventType;
    }

    public String aggregateRef() {
        return aggregateRef;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String payload() {
        return payload;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
