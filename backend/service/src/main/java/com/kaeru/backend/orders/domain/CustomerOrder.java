package com.kaeru.backend.orders.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** An order of one shop with its lines; identified by the channel's external id. */
@Entity
@Table(name = "customer_order")
@Cacheable(false)
public class CustomerOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "external_id", nullable = false, updatable = false)
    private String externalId;
    @Column(name = "order_number", nullable = false)
    private String orderNumber;
    @Column(nullable = false)
    private String channel;
    @Column(name = "customer_name", nullable = false)
    private String customerName;
    @Column(name = "customer_email", nullable = false)
    private String customerEmail;
    @Column(name = "customer_phone")
    private String customerPhone;
    @Column(name = "customer_language", nullable = false)
    private String customerLanguage = "ja";
    @Column(name = "postal_code")
    private String postalCode;
    private String prefecture;
    private String city;
    @Column(name = "address_line1")
    private String addressLine1;
    @Column(name = "address_line2")
    private String addressLine2;
    @Column(nullable = false, length = 3)
    private String currency;
    @Column(name = "order_discount_minor", nullable = false)
    private long orderDiscountMinor;
    @Column(name = "shipping_fee_minor", nullable = false)
    private long shippingFeeMinor;
    @Column(name = "ordered_at", nullable = false)
    private Instant orderedAt;
    @Column(name = "shipped_at")
    private Instant shippedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<OrderLine> lines = new ArrayList<>();

    protected CustomerOrder() {
    }

    public CustomerOrder(long shopId, String externalId, String currency) {
        this.shopId = shopId;
        this.externalId = Objects.requireNonNull(externalId);
        this.currency = currency;
        this.updatedAt = Instant.now();
    }

    /** Header data from the channel; returns whether anything changed. */
    @SuppressWarnings("java:S107")
    public boolean update(String orderNumber, SalesChannel channel, Customer customer, ShippingAddress address,
                         long orderDiscountMinor, long shippingFeeMinor, Instant orderedAt, Instant shippedAt,
                         Instant deliveredAt) {
        if (orderDiscountMinor < 0 || shippingFeeMinor < 0) {
            throw new IllegalArgumentException("Discounts and fees cannot be negative");
        }
        boolean changed = !Objects.equals(this.orderNumber, orderNumber) || !Objects.equals(this.channel, channel.name())
                || !Objects.equals(this.customerName, customer.name()) || !Objects.equals(this.customerEmail, customer.email())
                || !Objects.equals(this.customerPhone, customer.phone())
                || !Objects.equals(this.customerLanguage, customer.language())
                || !Objects.equals(this.postalCode, address.postalCode()) || !Objects.equals(this.prefecture, address.prefecture())
                || !Objects.equals(this.city, address.city()) || !Objects.equals(this.addressLine1, address.line1())
                || !Objects.equals(this.addressLine2, address.line2())
                || this.orderDiscountMinor != orderDiscountMinor || this.shippingFeeMinor != shippingFeeMinor
                || !Objects.equals(this.orderedAt, orderedAt) || !Objects.equals(this.shippedAt, shippedAt)
                || !Objects.equals(this.deliveredAt, deliveredAt);
        if (changed) {
            this.orderNumber = orderNumber;
            this.channel = channel.name();
            this.customerName = customer.name();
            this.customerEmail = customer.email();
            this.customerPhone = customer.phone();
            this.customerLanguage = customer.language();
            this.postalCode = address.postalCode();
            this.prefecture = address.prefecture();
            this.city = address.city();
            this.addressLine1 = address.line1();
            this.addressLine2 = address.line2();
            this.orderDiscountMinor = orderDiscountMinor;
            this.shippingFeeMinor = shippingFeeMinor;
            this.orderedAt = orderedAt;
            this.shippedAt = shippedAt;
            this.deliveredAt = deliveredAt;
            this.updatedAt = Instant.now();
        }
        return changed;
    }

    /** Adds or updates a line; returns whether anything changed. */
    public boolean putLine(int lineNo, long variantId, int quantity, long unitPriceMinor, long lineDiscountMinor,
                           long taxMinor) {
        Optional<OrderLine> existing = line(lineNo);
        if (existing.isPresent()) {
            return existing.get().update(variantId, quantity, unitPriceMinor, lineDiscountMinor, taxMinor);
        }
        OrderLine line = new OrderLine(this, lineNo);
        line.update(variantId, quantity, unitPriceMinor, lineDiscountMinor, taxMinor);
        lines.add(line);
        return true;
    }

    public Optional<OrderLine> line(int lineNo) {
        return lines.stream().filter(l -> l.lineNo() == lineNo).findFirst();
    }

    public Optional<OrderLine> lineById(long lineId) {
        return lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst();
    }

    /** True for this order's e-mail (case-insensitive) or phone (digits only compared). */
    public boolean belongsTo(String emailOrPhone) {
        if (emailOrPhone == null || emailOrPhone.isBlank()) {
            return false;
        }
        String given = emailOrPhone.strip();
        if (given.contains("@")) {
            return customerEmail.equalsIgnoreCase(given);
        }
        String digits = given.replaceAll("\\D", "");
        return customerPhone != null && !digits.isEmpty() && customerPhone.replaceAll("\\D", "").equals(digits);
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

    public String orderNumber() {
        return orderNumber;
    }

    public SalesChannel channel() {
        return SalesChannel.valueOf(channel);
    }

    public Customer customer() {
        return new Customer(customerName, customerEmail, customerPhone, customerLanguage);
    }

    public ShippingAddress address() {
        return new ShippingAddress(postalCode, prefecture, city, addressLine1, addressLine2);
    }

    public String currency() {
        return currency;
    }

    public long orderDiscountMinor() {
        return orderDiscountMinor;
    }

    public long shippingFeeMinor() {
        return shippingFeeMinor;
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    /** Who ordered. */
    public record Customer(String name, String email, String phone, String language) {
    }

    /** Where the order went. */
    public record ShippingAddress(String postalCode, String prefecture, String city, String line1, String line2) {
    }
}
