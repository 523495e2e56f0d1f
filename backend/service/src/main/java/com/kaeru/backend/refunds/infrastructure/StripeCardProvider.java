package com.kaeru.backend.refunds.infrastructure;

import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.refunds.domain.OriginalPayments;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundMethod;
import com.kaeru.backend.refunds.domain.RefundNotPaidException;
import com.kaeru.backend.refunds.domain.RefundProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * "Original payment" refunds through Stripe, chosen with {@code kaeru.refunds.card-provider=stripe}
 * (docs/configuration.md). Refunds against the order's PaymentIntent ({@link OriginalPayments}) under
 * the refund's {@linkplain Refund#providerKey() provider key} (its idempotency key, with the staff-retry
 * generation after a refusal); a pending refund is asked about by Stripe's refund id. The RMA and refund id travel as metadata so Stripe's dashboard
 * names the return.
 */
@ApplicationScoped
public class StripeCardProvider implements RefundProvider {
    public static final String NAME = "stripe";

    @Inject
    OriginalPayments payments;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.stripe.api-key")
    Optional<String> apiKey;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.stripe.api-base", defaultValue = "https://api.stripe.com")
    String apiBase;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.stripe.max-network-retries", defaultValue = "2")
    int maxNetworkRetries;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.stripe.timeout-millis", defaultValue = "10000")
    int timeoutMillis;

    private volatile StripeRefunds stripe;

    @Override
    public RefundMethod method() {
        return RefundMethod.ORIGINAL_PAYMENT;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Paid only when Stripe says succeeded; a pending refund is paid (or not) later, see {@link #send}. */
    @Override
    public String pay(Refund refund, String customerEmail) {
        return send(refund, customerEmail).reference();
    }

    @Override
    public Answer send(Refund refund, String customerEmail) {
        // The refund of an upgrade's difference pays back that charge's own PaymentIntent, not the order's.
        String paymentIntent = refund.chargeReference() != null ? refund.chargeReference()
                : payments.of(refund.shopId(), refund.returnId())
                .orElseThrow(() -> new RefundNotPaidException(false, "no_payment_reference",
                        "The order of refund " + refund.id() + " has no payment reference to refund against", null));
        return stripe().refund(paymentIntent, refund.amountMinor(), refund.currency(), refund.providerKey(),
                Map.of("kaeru_refund_id", String.valueOf(refund.id()), "kaeru_key", refund.idempotencyKey(),
                        "kaeru_attempt_key", refund.providerKey()));
    }

    @Override
    public Answer check(Refund refund) {
        return stripe().retrieve(refund.providerReference());
    }

    /** An upgrade's difference, charged to the card of the order's PaymentIntent ({@link StripeRefunds#charge}). */
    @Override
    public Answer collect(com.kaeru.backend.refunds.domain.UpgradeCharge charge) {
        if (charge.providerReference() != null) {
            return checkCollection(charge);
        }
        String paymentIntent = payments.of(charge.shopId(), charge.returnId())
                .orElseThrow(() -> new RefundNotPaidException(false, "no_payment_reference",
                        "The order of return " + charge.rmaNumber() + " has no payment reference to charge", null));
        return stripe().charge(paymentIntent, charge.amountMinor(), charge.currency(), charge.providerKey(),
                Map.of("kaeru_rma", charge.rmaNumber(), "kaeru_key", charge.idempotencyKey(),
                        "kaeru_attempt_key", charge.providerKey(), "kaeru_purpose", "upgrade_exchange"));
    }

    @Override
    public Answer checkCollection(com.kaeru.backend.refunds.domain.UpgradeCharge charge) {
        return stripe().retrieveCharge(charge.providerReference());
    }

    private StripeRefunds stripe() {
        StripeRefunds s = stripe;
        if (s == null) {
            // Built on first use: a deployment that keeps the simulated provider needs no key.
            String key = apiKey.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(
                    "kaeru.refunds.card-provider=stripe needs kaeru.refunds.stripe.api-key"));
            s = new StripeRefunds(key, apiBase, maxNetworkRetries, timeoutMillis);
            stripe = s;
        }
        return s;
    }
}
