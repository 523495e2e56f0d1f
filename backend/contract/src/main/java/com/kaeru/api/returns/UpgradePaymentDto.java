package com.kaeru.api.returns;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The price difference of a return's upgrade exchanges (new items that list dearer than the ones bought), charged
 * to the order's card before the replacements ship (docs/payments.md).
 *
 * @param amountMinor what the customer accepted to pay, in minor units of the return's currency
 * @param status      {@code REQUESTED} (being charged), {@code PAID} (the replacements may ship), {@code FAILED}
 *                    (refused, or the provider could not be reached for too long: a manager retries it after
 *                    asking the customer), {@code CANCELLED} (the return was cancelled or rejected before)
 * @param attempts    tries of the current attempt
 * @param lastError   the provider's word for the last failure (staff only), or {@code null}
 * @param failedAt    when it became FAILED, or {@code null}
 * @param paidAt      when it was charged, or {@code null}
 */
public record UpgradePaymentDto(@Schema(example = "1500") long amountMinor, @Schema(example = "FAILED") String status,
                                int attempts, @Schema(example = "card_declined: Your card was declined.") String lastError,
                                Instant failedAt, Instant paidAt) {
}
