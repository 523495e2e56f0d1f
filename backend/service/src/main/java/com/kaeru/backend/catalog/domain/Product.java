package com.kaeru.backend.catalog.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product of one shop, identified by the shop system's external id. */
@Entity
@Table(name = "product")
@Cacheable(false)
public class Product {
    public enum Status { ACTIVE, DISCONTINUED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;
    @Column(name = "name_ja", nullable = false)
    private String nameJa;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    private String category;
    @Column(nullable = false)
    private String tags = "";
    @Column(name = "final_sale", nullable = false)
    private boolean finalSale;
    @Column(nullable = false)
    private String status = Status.ACTIVE.name();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Product() {
    }

    public Product(long shopId, String externalId) {
        this.shopId = shopId;
        this.externalId = Objects.requireNonNull(externalId);
        this.updatedAt = Instant.now();
    }

    /** Applies the shop system's view; returns whether anything changed. */
    public boolean update(String nameJa, String nameEn, String category, List<String> tags, boolean finalSale,
                          Status status) {
        String joinedTags = String.join(",", tags == null ? List.of() : tags);
        boolean changed = !Objects.equals(this.nameJa, nameJa) || !Objects.equals(this.nameEn, nameEn)
                || !Objects.equals(this.category, category) || !Objects.equals(this.tags, joinedTags)
                || this.finalSale != finalSale || !Objects.equals(this.status, status.name());
        if (changed) {
            this.nameJa = nameJa;
            this.nameEn = nameEn;
            this.category = category;
            this.tags = joinedTags;
            this.finalSale = finalSale;
            this.status = status.name();
            this.updatedAt = Instant.now();
        }
        return changed;
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public String externalId() {
        return externalId;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameJa;
    }

    public String category() {
        return category;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public boolean finalSale() {
        return finalSale;
    }

    public Status status() {
        return Status.valueOf(status);
    }
}
