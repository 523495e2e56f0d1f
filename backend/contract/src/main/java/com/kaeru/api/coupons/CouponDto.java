package com.kaeru.api.coupons;

import java.time.Instant;

/**
 * A coupon. {@code code} is shown in groups of four ({@code 7KQM-3XRB-HN2W}); the API accepts it
 * with or without hyphens, in any case, half- or full-width. Exactly one of {@code amountMinor}
 * (with {@code currency}) and {@code percent} is set. Who it was issued to and why
 * ({@code issuedToEmail}, {@code reason}, {@code rmaNumber}), who issued it, and for a redeemed one
 * the order, the time and the redeemer (a person or an API key's name).
 */
public record CouponDto(String code, Long amountMinor, String currency, Integer percent, Instant expiresAt,
                        CouponStatus status, String issuedToEmail, String reason, String rmaNumber, String issuedBy,
                        Instant issuedAt, String orderReference, Instant redeemedAt, String redeemedBy,
                        Instant voidedAt, String voidedBy, String voidReason) {
}
