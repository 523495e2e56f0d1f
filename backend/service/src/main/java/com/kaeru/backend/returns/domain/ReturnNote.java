package com.kaeru.backend.returns.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An internal note a staff member left on a return; never changed once written. */
@Entity
@Table(name = "return_note")
@Cacheable(false)
public class ReturnNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "return_id", nullable = false, updatable = false)
    private long returnId;
    @Column(nullable = false, updatable = false)
    private String author;
    @Column(nullable = false, updatable = false)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReturnNote() {
    }

    public ReturnNote(long shopId, long returnId, String author, String body, Instant createdAt) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("A note needs text");
        }
        this.shopId = shopId;
        this.returnId = returnId;
        this.author = Objects.requireNonNull(author);
        this.body = body.strip();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String author() {
        return author;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
