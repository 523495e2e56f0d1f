package com.kaeru.backend.shops.domain;

import java.time.Instant;

import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A proposed new refund approval limit (four eyes): it takes effect only when a second person
 * allowed to manage the shop's settings approves it, so one manager cannot raise the limit, pass
 * a large refund and lower it again. At most one proposal waits per shop; a newer one supersedes it.
 */
@Entity
@Table(name = "approval_limit_change")
@Cacheable(false)
public class ApprovalLimitChange {
    public enum Status { PENDING, APPLIED, REJECTED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "limit_minor", nullable = false, updatable = false)
    private long limitMinor;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;
    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ApprovalLimitChange() {
    }

    public ApprovalLimitChange(long shopId, long limitMinor, String proposedBy, Instant now) {
        if (limitMinor < 0) {
            throw new IllegalArgumentException("An approval limit cannot be negative");
        }
        this.shopId = shopId;
        this.limitMinor = limitMinor;
        this.status = Status.PENDING;
        this.proposedBy = proposedBy;
        this.proposedAt = now;
    }

    /** Another person approves: the shop's limit becomes the proposed one. */
    public void approve(Shop shop, String approver, Instant now) {
        requirePending();
        if (approver.equals(proposedBy)) {
            throw ApprovalLimitException.ownProposal();
        }
        shop.configureRefunds((int) shop.refundDeadline().toHours(), limitMinor, shop.returnWindowAnchor());
        decide(Status.APPLIED, approver, now);
    }

    /** Anyone allowed to manage settings (the proposer too: a withdrawal) refuses it; nothing changes. */
    public void reject(String by, Instant now) {
        requirePending();
        decide(Status.REJECTED, by, now);
    }

    /** A newer proposal replaces this one. */
    public void supersede(String by, Instant now) {
        requirePending();
        decide(Status.SUPERSEDED, by, now);
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw ApprovalLimitException.notPending(String.valueOf(id));
        }
    }

    private void decide(Status to, String by, Instant now) {
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public long limitMinor() {
        return limitMinor;
    }

    public Status status() {
        return status;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
