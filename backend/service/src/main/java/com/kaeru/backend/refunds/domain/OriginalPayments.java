package com.kaeru.backend.refunds.domain;

import java.util.Optional;

/**
 * The payment service's id of what the customer paid for a return's order (a Stripe PaymentIntent):
 * a card refund goes back against it.
 */
public interface OriginalPayments {
    Optional<String> of(long shopId, long returnId);
}
