package com.kaeru.api.coupons;

import java.time.Instant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * A coupon a manager issues: exactly one of {@code amountMinor} (in the shop's currency) and
 * {@code percent}; an expiry in the future; a reason; optionally the customer's e-mail and the RMA
 * it concerns.
 */
public final class CouponRequest {
    @Positive
    public Long amountMinor;

    @Min(1)
    @Max(100)
    public Integer percent;

    @NotNull
    public Instant expiresAt;

    @Email
    @Size(max = 254)
    public String issuedToEmail;

    @NotBlank
    @Size(max = 500)
    public String reason;

    @Size(max = 40)
    public String rmaNumber;

    public CouponRequest() {
    }

    public CouponRequest(Long amountMinor, Integer percent, Instant expiresAt, String issuedToEmail, String reason,
                         String rmaNumber) {
        this.amountMinor = amountMinor;
        this.percent = percent;
        this.expiresAt = expiresAt;
        this.issuedToEmail = issuedToEmail;
        this.reason = reason;
        this.rmaNumber = rmaNumber;
    }
}
