package com.kaeru.backend.tenancy.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency (運営代行) that runs several client shops. */
@Entity
@Table(name = "agency")
@Cacheable(false)
public class Agency {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Agency() {
    }

    public Agency(String slug, String name) {
        if (!ShopSlug.isValid(slug)) {
            throw new IllegalArgumentException("Not an agency slug: " + slug);
        }
        this.slug = slug;
        this.name = Objects.requireNonNull(name);
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }
}
