package com.kaeru.backend.audit.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the audit trail. */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent {
    @Id
    // Blocks of 500 ids from the identity sequence (V191, V244): batched inserts, no lastval() per row.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_id")
    @jakarta.persistence.SequenceGenerator(name = "audit_event_id", sequenceName = "audit_event_id_seq", allocationSize = 500)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;
    @Column(name = "entity_ref", nullable = false, updatable = false)
    private String entityRef;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(name = "from_state", updatable = false)
    private String fromState;
    @Column(name = "to_state", updatable = false)
    private String toState;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(updatable = false)
    private String reason;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public AuditEvent(long shopId, String entityType, String entityRef, String action, String fromState,
                      String toState, String actor, String reason, Instant occurredAt) {
        this.shopId = shopId;
        this.entityType = entityType;
        this.entityRef = entityRef;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.reason = reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
        this.occurredAt = occurredAt;
    }

    public long id() {
        return id;
    }

    public String entityType() {
        return entityType;
    }

    public String entityRef() {
        return entityRef;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String action() {
        return action;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
