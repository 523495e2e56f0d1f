package com.kaeru.api.returns;

import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.Resolution;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * One returned line.
 *
 * @param id                   line id (for grading)
 * @param orderLineId          the order line returned
 * @param sku                  SKU returned
 * @param productName          product name in the caller's language
 * @param quantity             units returned
 * @param reasonCode           structured reason
 * @param comment              the customer's words
 * @param resolution           refund or exchange
 * @param refundMethod         for refunds: how the money goes back
 * @param exchangeSku          for exchanges: the SKU sent instead
 * @param policyOutcome        what the policy decided
 * @param policyRule           the rule that decided
 * @param policyMessage        the rule's explanation in the caller's language
 * @param refundAmountMinor    what the customer gets back for this line
 * @param feeMinor             fees deducted
 * @param bonusMinor           bonus credit granted
 * @param priceDifferenceMinor exchange: positive = customer pays more, negative = customer gets the remainder
 * @param reserved             exchange stock is reserved
 * @param backorder            exchange stock was not available
 * @param gradeA               units graded A (restocked)
 * @param gradeB               units graded B (outlet)
 * @param gradeC               units graded C (disposed)
 * @param gradeMissing         units not in the parcel (nothing refunded for them)
 * @param fulfilment           for exchanges approved: where the replacement stands (null otherwise)
 */
public record ReturnLineDto(long id, long orderLineId, String sku, String productName, int quantity, String reasonCode,
                            String comment, Resolution resolution, RefundMethod refundMethod, String exchangeSku,
                            PolicyOutcome policyOutcome, String policyRule, String policyMessage, long refundAmountMinor,
                            long feeMinor, long bonusMinor, long priceDifferenceMinor, boolean reserved,
                            boolean backorder, int gradeA, int gradeB, int gradeC, int gradeMissing,
                            FulfilmentDto fulfilment) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ReturnLineDto {
    }

    /** A line without a fulfilment (refunds, exchanges not approved yet). */
    public ReturnLineDto(long id, long orderLineId, String sku, String productName, int quantity, String reasonCode,
                         String comment, Resolution resolution, RefundMethod refundMethod, String exchangeSku,
                         PolicyOutcome policyOutcome, String policyRule, String policyMessage, long refundAmountMinor,
                         long feeMinor, long bonusMinor, long priceDifferenceMinor, boolean reserved,
                         boolean backorder, int gradeA, int gradeB, int gradeC, int gradeMissing) {
        this(id, orderLineId, sku, productName, quantity, reasonCode, comment, resolution, refundMethod, exchangeSku,
                policyOutcome, policyRule, policyMessage, refundAmountMinor, feeMinor, bonusMinor, priceDifferenceMinor,
                reserved, backorder, gradeA, gradeB, gradeC, gradeMissing, null);
    }

    /** A line with no unit graded missing. */
    public ReturnLineDto(long id, long orderLineId, String sku, String productName, int quantity, String reasonCode,
                         String comment, Resolution resolution, RefundMethod refundMethod, String exchangeSku,
                         PolicyOutcome policyOutcome, String policyRule, String policyMessage, long refundAmountMinor,
                         long feeMinor, long bonusMinor, long priceDifferenceMinor, boolean reserved,
                         boolean backorder, int gradeA, int gradeB, int gradeC) {
        this(id, orderLineId, sku, productName, quantity, reasonCode, comment, resolution, refundMethod, exchangeSku,
                policyOutcome, policyRule, policyMessage, refundAmountMinor, feeMinor, bonusMinor, priceDifferenceMinor,
                reserved, backorder, gradeA, gradeB, gradeC, 0);
    }

    /** Units still to grade. */
    public int ungradedUnits() {
        return quantity - gradeA - gradeB - gradeC - gradeMissing;
    }
}
