package com.kaeru.api.events;

import java.time.Instant;

/**
 * A coupon was issued: by a manager, or by a customer's cancelled backorder. Carries the code,
 * since the customer's e-mail ({@code COUPON_ISSUED}) is how they receive it and the shop's systems
 * may already read every code through the coupons API; the code is worth one use and is redeemed
 * only through that API with the shop's key.
 * <p>
 * Event type {@code CouponIssued}, schema version 1. Its aggregate is the coupon
 * ({@code aggregateType} {@code coupon}, {@code aggregateId} the code without hyphens);
 * {@link #rma()} is the return it concerns, if any.
 *
 * @param code the code as shown ({@code 7KQM-3XRB-HN2W})
 * @param customer to whom it was issued ({@code null} when no address was given)
 * @param amountMinor a fixed amount in minor units of {@code currency}, or {@code null}
 * @param currency ISO 4217 code of the amount, or {@code null}
 * @param percent the percentage of the order, or {@code null} (exactly one of amount and percent)
 * @param expiresAt when it expires
 * @param reason why it was issued
 * @param rma the return it concerns, or {@code null}
 * @param lineId the exchange line whose cancellation gave it, or {@code null}
 */
public record CouponIssued(
        String code,
        Customer customer,
        Long amountMinor,
        String currency,
        Integer percent,
        Instant expiresAt,
        String reason,
        String rma,
        Long lineId) implements EventPayload {

    @Override
    public String aggregateType() {
        return "coupon";
    }

    @Override
    public String aggregateId() {
        return code.replace("-", "");
    }
}
