package com.kaeru.backend.refunds.infrastructure;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Stand-in for the payment service's refund API ("original payment") in development and tests:
 * answers at once with a reference derived from the idempotency key, as a real service answers a
 * repeated key with the same refund.
 */
@ApplicationScoped
public class SimulatedCardProvider implements RefundProvider {
    public static final String NAME = "simulated";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RefundMethod method() {
        return RefundMethod.ORIGINAL_PAYMENT;
    }

    @Override
    public String pay(Refund refund, String customerEmail) {
        return "SIM-" + Integer.toHexString(refund.idempotencyKey().hashCode()).toUpperCase(java.util.Locale.ROOT)
                + "-" + refund.id();
    }
}
