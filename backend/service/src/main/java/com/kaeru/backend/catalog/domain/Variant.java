package com.kaeru.backend.catalog.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A sellable variant (size/colour) of a product, identified per shop by its SKU. */
@Entity
@Table(name = "variant")
@Cacheable(false)
public class Variant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;
    @Column(nullable = false, updatable = false)
    private String sku;
    private String size;
    private String color;
    @Column(name = "price_minor", nullable = false)
    private long priceMinor;
    @Column(nullable = false, length = 3)
    private String currency;
    @Column(name = "restock_date")
    private LocalDate restockDate;

    protected Variant() {
    }

    public Variant(Product product, String sku, String currency) {
        this.shopId = product.shopId();
        this.product = product;
        this.sku = Objects.requireNonNull(sku);
        this.currency = currency;
    }

    /** Applies the shop system's view; returns whether anything changed. */
    public boolean update(Product owner, String size, String color, long priceMinor, LocalDate restockDate) {
        if (priceMinor < 0) {
            throw new IllegalArgumentException("Price cannot be negative");
        }
        boolean changed = this.product != owner || !Objects.equals(this.size, size)
                || !Objects.equals(this.color, color) || this.priceMinor != priceMinor
                || !Objects.equals(this.restockDate, restockDate);
        this.product = owner;
        this.size = size;
        this.color = color;
        this.priceMinor = priceMinor;
        this.restockDate = restockDate;
        return changed;
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public Product product() {
        return product;
    }

    public String sku() {
        return sku;
    }

    public String size() {
        return size;
    }

    public String color() {
        return color;
    }

    public long priceMinor() {
        return priceMinor;
    }

    public String currency() {
        return currency;
    }

    public LocalDate restockDate() {
        return restockDate;
    }
}
