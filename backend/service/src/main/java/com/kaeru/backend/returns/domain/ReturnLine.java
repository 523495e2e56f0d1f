package com.kaeru.backend.returns.domain;

import java.util.List;

import com.kaeru.backend.refunds.domain.RefundMethod;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One returned order line: how many units, why, what the customer wants instead, what the
 * policy decided, the money involved, and the grades given on receipt.
 */
@Entity
@Table(name = "return_line")
@Cacheable(false)
public class ReturnLine {
    @Id
    // Blocks of 500 ids from the identity sequence (V191, V244): batched inserts, no lastval() per row.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_line_id")
    @jakarta.persistence.SequenceGenerator(name = "return_line_id", sequenceName = "return_line_id_seq", allocationSize = 500)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @ManyToOne(optional = false)
    @JoinColumn(name = "return_id")
    private ReturnRequest request;
    @Column(name = "order_line_id", nullable = false, updatable = false)
    private long orderLineId;
    /** Changes only when a backordered exchange is split (分納): the units shipping now become a line of their own. */
    @Column(nullable = false)
    private int quantity;
    @Column(name = "reason_code", nullable = false)
    private String reasonCode;
    private String comment;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Resolution resolution;
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_method")
    private RefundMethod refundMethod;
    @Column(name = "exchange_variant_id")
    private Long exchangeVariantId;
    @Column(nullable = false)
    private boolean reserved;
    @Column(nullable = false)
    private boolean backorder;
    @Column(name = "policy_outcome", nullable = false)
    private String policyOutcome;
    @Column(name = "policy_rule", nullable = false)
    private String policyRule;
    @Column(name = "policy_message_ja")
    private String policyMessageJa;
    @Column(name = "policy_message_en")
    private String policyMessageEn;
    @Column(name = "refund_amount_minor", nullable = false)
    private long refundAmountMinor;
    @Column(name = "fee_minor", nullable = false)
    private long feeMinor;
    @Column(name = "bonus_minor", nullable = false)
    private long bonusMinor;
    @Column(name = "price_difference_minor", nullable = false)
    private long priceDifferenceMinor;
    @Column(name = "grade_a", nullable = false)
    private int gradeA;
    @Column(name = "grade_b", nullable = false)
    private int gradeB;
    @Column(name = "grade_c", nullable = false)
    private int gradeC;
    @Column(name = "grade_missing", nullable = false)
    private int gradeMissing;

    protected ReturnLine() {
    }

    /**
     * What the customer asked for one line: the units and why ({@link ReturnedUnits}), refund (by a
     * method) or exchange (for a variant), what the policy decided, and the money. Made by
     * {@link #refund} or {@link #exchange}, which keep the resolution and its target together.
     */
    public record Spec(ReturnedUnits units, Resolution resolution, RefundMethod refundMethod, Long exchangeVariantId,
                       PolicySnapshot policy, LineSettlement settlement) {
        public Spec {
            java.util.Objects.requireNonNull(units);
            java.util.Objects.requireNonNull(policy);
            java.util.Objects.requireNonNull(settlement);
            if (resolution == Resolution.REFUND && (refundMethod == null || exchangeVariantId != null)) {
                throw new IllegalArgumentException("A refund needs a method and no exchange variant");
            }
            if (resolution == Resolution.EXCHANGE && (exchangeVariantId == null || refundMethod != null)) {
                throw new IllegalArgumentException("An exchange needs the variant to send and no refund method");
            }
        }

        public static Spec refund(ReturnedUnits units, RefundMethod method, PolicySnapshot policy,
                                  LineSettlement settlement) {
            return new Spec(units, Resolution.REFUND, method, null, policy, settlement);
        }

        public static Spec exchange(ReturnedUnits units, long variantId, PolicySnapshot policy,
                                    LineSettlement settlement) {
            return new Spec(units, Resolution.EXCHANGE, null, variantId, policy, settlement);
        }
    }

    /** Units of one order line coming back, and why (a reason code of the shop, the customer's comment). */
    public record ReturnedUnits(long orderLineId, int quantity, String reasonCode, String comment) {
        public ReturnedUnits {
            if (quantity <= 0) {
                throw new IllegalArgumentException("Quantity must be positive");
            }
            java.util.Objects.requireNonNull(reasonCode);
        }
    }

    ReturnLine(ReturnRequest request, Spec spec) {
        this.request = request;
        this.shopId = request.shopId();
        this.orderLineId = spec.units().orderLineId();
        this.quantity = spec.units().quantity();
        this.reasonCode = spec.units().reasonCode();
        this.comment = spec.units().comment();
        this.resolution = spec.resolution();
        this.refundMethod = spec.refundMethod();
        this.exchangeVariantId = spec.exchangeVariantId();
        this.policyOutcome = spec.policy().outcome().name();
        this.policyRule = spec.policy().ruleName();
        this.policyMessageJa = spec.policy().messageJa();
        this.policyMessageEn = spec.policy().messageEn();
        this.refundAmountMinor = spec.settlement().refundMinor();
        this.feeMinor = spec.settlement().feeMinor();
        this.bonusMinor = spec.settlement().bonusMinor();
        this.priceDifferenceMinor = spec.settlement().priceDifferenceMinor();
    }

    /** What the policy decided for this line when it was requested. */
    public PolicySnapshot policy() {
        return new PolicySnapshot(com.kaeru.backend.policy.domain.PolicyOutcome.valueOf(policyOutcome), policyRule,
                policyMessageJa, policyMessageEn);
    }

    /** The line's money as fixed at request time. */
    public LineSettlement settlement() {
        return new LineSettlement(refundAmountMinor, feeMinor, bonusMinor, priceDifferenceMinor);
    }

    /** Records the grades of some more units; refuses more grades than units. */
    void grade(List<Grade> grades) {
        int a = (int) grades.stream().filter(g -> g == Grade.A).count();
        int b = (int) grades.stream().filter(g -> g == Grade.B).count();
        int c = (int) grades.stream().filter(g -> g == Grade.C).count();
        int missing = grades.size() - a - b - c;
        if (gradedUnits() + grades.size() > quantity) {
            throw new ReturnRuleViolation("problem.return.too-many-grades", quantity, gradedUnits());
        }
        gradeA += a;
        gradeB += b;
        gradeC += c;
        gradeMissing += missing;
    }

    /**
     * This refund line's amount split by its grades, unit by unit as {@link RefundMath} allocates
     * it: units graded A or B, and C units when the reason is the shop's fault, are payable; other
     * C units are held for a manager; missing units pay nothing.
     *
     * @return {payable, held}
     */
    public long[] refundByGrade(boolean shopFault) {
        long[] units = com.kaeru.backend.money.domain.RefundMath.paidPerUnit(refundAmountMinor, quantity);
        long payable = 0;
        long held = 0;
        int i = 0;
        for (; i < gradeA + gradeB; i++) {
            payable += units[i];
        }
        for (; i < gradeA + gradeB + gradeC; i++) {
            if (shopFault) {
                payable += units[i];
            } else {
                held += units[i];
            }
        }
        return new long[] {payable, held};
    }

    void markReserved(boolean reservedNow) {
        this.reserved = reservedNow;
        this.backorder = !reservedNow;
    }

    /** The backordered replacement becomes another variant (same product, same price), reserved now. */
    void switchExchangeTo(long variantId) {
        if (resolution != Resolution.EXCHANGE) {
            throw new IllegalStateException("Line " + id + " is no exchange");
        }
        exchangeVariantId = variantId;
        reserved = true;
        backorder = false;
    }

    /**
     * The exchange was cancelled for a refund of {@code paidMinor} by {@code method}: the line is a
     * refund line from now on, without the exchange's fee, bonus or price difference.
     *
     * @return what the exchange had already paid back when the return was inspected (its credit
     *         less its fee, never below zero): the part of {@code paidMinor} the customer has had
     */
    long becomeRefund(RefundMethod method, long paidMinor) {
        if (resolution != Resolution.EXCHANGE) {
            throw new IllegalStateException("Line " + id + " is no exchange");
        }
        long hadBack = Math.max(0, bonusMinor + Math.max(0, -priceDifferenceMinor) - feeMinor);
        resolution = Resolution.REFUND;
        refundMethod = java.util.Objects.requireNonNull(method);
        exchangeVariantId = null;
        reserved = false;
        backorder = false;
        refundAmountMinor = paidMinor;
        feeMinor = 0;
        bonusMinor = 0;
        priceDifferenceMinor = 0;
        return hadBack;
    }

    /**
     * The units of a split exchange that ship now, taken off this line (which keeps waiting with the
     * rest): their share of the bonus and the price difference (the first units', as
     * {@link com.kaeru.backend.money.domain.RefundMath#paidForUnits} spreads an amount), and their
     * grades when the return was inspected (A before B: a waiting inspected line has no C or missing).
     * The return fee stays with this line. Totals are unchanged, so nothing is paid twice or lost.
     */
    public record SplitPart(long fromLineId, int units, int gradeA, int gradeB, long bonusMinor,
                            long priceDifferenceMinor) {
    }

    SplitPart shrinkForSplit(int units) {
        if (resolution != Resolution.EXCHANGE || units <= 0 || units >= quantity) {
            throw new IllegalArgumentException("Cannot split " + units + " of " + quantity + " off line " + id);
        }
        long bonus = com.kaeru.backend.money.domain.RefundMath.paidForUnits(bonusMinor, quantity, 0, units);
        // A credit (negative) or an upgrade's charge (positive) is spread by its size, keeping its sign.
        long difference = Long.signum(priceDifferenceMinor) * com.kaeru.backend.money.domain.RefundMath.paidForUnits(
                Math.abs(priceDifferenceMinor), quantity, 0, units);
        int a = gradedUnits() == 0 ? 0 : Math.min(gradeA, units);
        int b = gradedUnits() == 0 ? 0 : Math.min(gradeB, units - a);
        quantity -= units;
        bonusMinor -= bonus;
        priceDifferenceMinor -= difference;
        gradeA -= a;
        gradeB -= b;
        return new SplitPart(id, units, a, b, bonus, difference);
    }

    /** The line of the units a split ships now: the same request, reason and exchange as {@code from}, reserved. */
    ReturnLine(ReturnRequest request, ReturnLine from, SplitPart part) {
        this.request = request;
        this.shopId = from.shopId;
        this.orderLineId = from.orderLineId;
        this.quantity = part.units();
        this.reasonCode = from.reasonCode;
        this.comment = from.comment;
        this.resolution = from.resolution;
        this.exchangeVariantId = from.exchangeVariantId;
        this.reserved = true;
        this.backorder = false;
        this.policyOutcome = from.policyOutcome;
        this.policyRule = from.policyRule;
        this.policyMessageJa = from.policyMessageJa;
        this.policyMessageEn = from.policyMessageEn;
        this.bonusMinor = part.bonusMinor();
        this.priceDifferenceMinor = part.priceDifferenceMinor();
        this.gradeA = part.gradeA();
        this.gradeB = part.gradeB();
    }

    void releaseReservation() {
        this.reserved = false;
    }

    public boolean fullyGraded() {
        return gradedUnits() == quantity;
    }

    public int gradedUnits() {
        return gradeA + gradeB + gradeC + gradeMissing;
    }

    public Long id() {
        return id;
    }

    public ReturnRequest request() {
        return request;
    }

    public long orderLineId() {
        return orderLineId;
    }

    public int quantity() {
        return quantity;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public String comment() {
        return comment;
    }

    public Resolution resolution() {
        return resolution;
    }

    public RefundMethod refundMethod() {
        return refundMethod;
    }

    public Long exchangeVariantId() {
        return exchangeVariantId;
    }

    public boolean reserved() {
        return reserved;
    }

    public boolean backorder() {
        return backorder;
    }

    public String policyOutcome() {
        return policyOutcome;
    }

    public String policyRule() {
        return policyRule;
    }

    public String policyMessage(String language) {
        return "en".equals(language) ? policyMessageEn : policyMessageJa;
    }

    public long refundAmountMinor() {
        return refundAmountMinor;
    }

    public long feeMinor() {
        return feeMinor;
    }

    public long bonusMinor() {
        return bonusMinor;
    }

    public long priceDifferenceMinor() {
        return priceDifferenceMinor;
    }

    public int gradeA() {
        return gradeA;
    }

    public int gradeB() {
        return gradeB;
    }

    public int gradeC() {
        return gradeC;
    }

    public int gradeMissing() {
        return gradeMissing;
    }
}
