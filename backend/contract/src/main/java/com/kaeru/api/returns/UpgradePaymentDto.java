package com.kaeru.api.returns;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The price difference of a return's upgrade exchanges (new items that list dearer than the ones bought), charged
 * to the order's card before the replacements ship (docs/payments.md).
 *
 * @param amountMinor what the customer accepted to pay, in minor units of {@code currency}
 * @param currency    ISO 4217 code
 * @param status      {@code REQUESTED} (being charged), {@code PAID} (the replacements may ship), {@code FAILED}
 *                    (refused, or the provider could not be reached for too long: a manager retries it after
 *                    asking the customer), {@code CANCELLED} (the return was cancelled or rejected before)
 * @param attempts    tries of the current attempt
 * @param lastError   the provider's account of the last failure (staff only), or {@code null}
 * @param errorCode   the provider's word for the last failure (staff only; e.g. {@code card_declined},
 *                    {@code authentication_required}, {@code unexpected}), or {@code null}
 * @param failedAt    when it became FAILED, or {@code null}
 * @param paidAt      when it was charged, or {@code null}
 * @param refundId    the refund that pays a charged difference back (the return was cancelled or rejected after the
 *                    charge; see {@code refunds}), or {@code null}
 */
public record UpgradePaymentDto(@Schema(example = "1500") long amountMinor, @Schema(example = "JPY") String currency,
                                @Schema(example = "FAILED") String status, int attempts,
                                @Schema(example = "card_declined: Your card was declined.") String lastError,
                                @Schema(example = "card_declined") String errorCode,
                                Instant failedAt, Instant paidAt, Long refundId) {
}
