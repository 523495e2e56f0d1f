package com.kaeru.backend.reasons.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One return reason of one shop. Codes are stable (reports group by them); labels may change.
 * Tenant-owned: the row carries its shop id and is guarded by row-level security.
 */
@Entity
@Table(name = "return_reason")
@Cacheable(false)
public class ReturnReason {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;

    @Column(nullable = false, length = 40, updatable = false)
    private String code;

    @Column(name = "parent_code", length = 40)
    private String parentCode;

    @Column(name = "label_ja", nullable = false, length = 120)
    private String labelJa;

    @Column(name = "label_en", nullable = false, length = 120)
    private String labelEn;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    /**
     * The shop caused the return (defective, damaged, wrong item): a unit graded C is still
     * refunded at once. Children inherit it from their parent (see {@link #shopFault(java.util.function.Function)}).
     */
    @Column(name = "shop_fault", nullable = false)
    private boolean shopFault;

    protected ReturnReason() {
    }

    public ReturnReason(long shopId, String code, String parentCode, String labelJa, String labelEn, int position) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Reason codes are UPPER_SNAKE_CASE: " + code);
        }
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("A reason cannot be its own parent: " + code);
        }
        this.shopId = shopId;
        this.code = code;
        this.parentCode = parentCode;
        this.labelJa = requireLabel(labelJa);
        this.labelEn = requireLabel(labelEn);
        this.position = position;
    }

    private static String requireLabel(String label) {
        if (label == null || label.isBlank() || label.length() > 120) {
            throw new IllegalArgumentException("A reason label needs 1–120 characters");
        }
        return label.strip();
    }

    /** New labels; the code stays (reports and past returns refer to it). */
    public void relabel(String ja, String en) {
        this.labelJa = requireLabel(ja);
        this.labelEn = requireLabel(en);
    }

    /** Moves the reason under {@code newParent} ({@code null}: top level) at {@code newPosition}. */
    public void moveTo(String newParent, int newPosition) {
        if (code.equals(newParent)) {
            throw new IllegalArgumentException("A reason cannot be its own parent: " + code);
        }
        this.parentCode = newParent;
        this.position = newPosition;
    }

    /** Inactive reasons are no longer offered to customers; returns that used them keep them. */
    public void activate(boolean value) {
        this.active = value;
    }

    /** Marks the reason as the shop's fault (or not); past returns are judged by it when graded. */
    public ReturnReason markShopFault(boolean value) {
        this.shopFault = value;
        return this;
    }

    /** This reason's own flag. */
    public boolean shopFault() {
        return shopFault;
    }

    /** The flag of this reason or of its parent ({@code parents} finds a reason of the shop by code). */
    public boolean shopFault(java.util.function.Function<String, java.util.Optional<ReturnReason>> parents) {
        return shopFault || parentCode != null && parents.apply(parentCode).map(ReturnReason::shopFault).orElse(false);
    }

    public long shopId() {
        return shopId;
    }

    public String code() {
        return code;
    }

    public String parentCode() {
        return parentCode;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }

    public int position() {
        return position;
    }

    public boolean active() {
        return active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReturnReason other && shopId == other.shopId && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(shopId, code);
    }
}
