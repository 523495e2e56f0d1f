package com.kaeru.backend.orders.domain;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** What was bought and paid on one line: unit price as charged (tax included), line discount, tax share. */
@Entity
@Table(name = "order_line")
@Cacheable(false)
public class OrderLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;
    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;
    @Column(name = "variant_id", nullable = false)
    private long variantId;
    @Column(nullable = false)
    private int quantity;
    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;
    @Column(name = "line_discount_minor", nullable = false)
    private long lineDiscountMinor;
    @Column(name = "tax_minor", nullable = false)
    private long taxMinor;

    protected OrderLine() {
    }

    OrderLine(CustomerOrder order, int lineNo) {
        this.order = order;
        this.shopId = order.shopId();
        this.lineNo = lineNo;
    }

    boolean update(long variantId, int quantity, long unitPriceMinor, long lineDiscountMinor, long taxMinor) {
        if (quantity <= 0 || unitPriceMinor < 0 || lineDiscountMinor < 0 || taxMinor < 0) {
            throw new IllegalArgumentException("Quantity must be positive and amounts not negative");
        }
        if (lineDiscountMinor > unitPriceMinor * quantity) {
            throw new IllegalArgumentException("A line discount cannot exceed the line's price");
        }
        boolean changed = this.variantId != variantId || this.quantity != quantity
                || this.unitPriceMinor != unitPriceMinor || this.lineDiscountMinor != lineDiscountMinor
                || this.taxMinor != taxMinor;
        this.variantId = variantId;
        this.quantity = quantity;
        this.unitPriceMinor = unitPriceMinor;
        this.lineDiscountMinor = lineDiscountMinor;
        this.taxMinor = taxMinor;
        return changed;
    }

    public Long id() {
        return id;
    }

    public CustomerOrder order() {
        return order;
    }

    public int lineNo() {
        return lineNo;
    }

    public long variantId() {
        return variantId;
    }

    public int quantity() {
        return quantity;
    }

    public long unitPriceMinor() {
        return unitPriceMinor;
    }

    public long lineDiscountMinor() {
        return lineDiscountMinor;
    }

    public long taxMinor() {
        return taxMinor;
    }

    /** Price of the line after its own discount, before any order-level discount. */
    public long netBeforeOrderDiscount() {
        return unitPriceMinor * quantity - lineDiscountMinor;
    }

    /** Bought on sale: the line carries a discount of its own. */
    public boolean discounted() {
        return lineDiscountMinor > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrderLine other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
