package com.kaeru.backend.refunds.infrastructure;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stand-in for the payment service's refund API ("original payment") in development and tests.
 * Idempotency-key-aware like a real service, under the key the real one receives
 * ({@link Refund#providerKey()}: a staff retry after a refusal is a new key): the first call with a key "pays" and remembers the
 * reference, a repeated key (a retry, or a worker that crashed between paying and recording) gets the
 * same reference back without paying again. {@link #payments(String)} counts the payments actually made
 * per key, so tests can prove that a refund is paid exactly once (docs/refunds.md).
 */
@ApplicationScoped
public class SimulatedCardProvider implements RefundProvider {
    public static final String NAME = "simulated";

    private final ConcurrentMap<String, String> referenceByKey = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicInteger> paymentsByKey = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RefundMethod method() {
        return RefundMethod.ORIGINAL_PAYMENT;
    }

    private volatile java.util.function.Consumer<Refund> beforePaying = refund -> { };

    /**
     * What happens before each payment: nothing in the demo; tests make the "service" hang, refuse
     * ({@link com.kaeru.backend.refunds.domain.RefundNotPaidException}) or fail for a while.
     */
    public void beforePaying(java.util.function.Consumer<Refund> behaviour) {
        this.beforePaying = behaviour == null ? refund -> { } : behaviour;
    }

    @Override
    public String pay(Refund refund, String customerEmail) {
        beforePaying.accept(refund);
        return referenceByKey.computeIfAbsent(refund.providerKey(), key -> {
            paymentsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return "SIM-" + Integer.toHexString(key.hashCode()).toUpperCase(Locale.ROOT) + "-" + refund.id();
        });
    }

    private volatile java.util.function.Function<Refund, String> settlement = refund -> "succeeded";

    /**
     * How the "service" answers a payment and each later question about it, as Stripe names a refund's
     * status: {@code succeeded} (the demo), {@code pending} (still settling: the worker asks again), or a
     * {@link com.kaeru.backend.refunds.domain.RefundNotPaidException} thrown for {@code failed}. Tests only.
     */
    public void settles(java.util.function.Function<Refund, String> behaviour) {
        this.settlement = behaviour == null ? refund -> "succeeded" : behaviour;
    }

    @Override
    public Answer send(Refund refund, String customerEmail) {
        String reference = pay(refund, customerEmail);
        return "pending".equals(settlement.apply(refund)) ? Answer.pending(reference) : Answer.paid(reference);
    }

    @Override
    public Answer check(Refund refund) {
        String reference = refund.providerReference();
        return "pending".equals(settlement.apply(refund)) ? Answer.pending(reference) : Answer.paid(reference);
    }

    private volatile java.util.function.Consumer<com.kaeru.backend.refunds.domain.UpgradeCharge> beforeCharging =
            charge -> { };

    /** What happens before each charge of an upgrade: nothing in the demo; tests make it hang, refuse or fail. */
    public void beforeCharging(java.util.function.Consumer<com.kaeru.backend.refunds.domain.UpgradeCharge> behaviour) {
        this.beforeCharging = behaviour == null ? charge -> { } : behaviour;
    }

    /**
     * "Charges" an upgrade's difference, key-aware like {@link #pay}: the first call with a key charges (counted in
     * {@link #payments}), a repeated key gets the same reference back.
     */
    @Override
    public Answer collect(com.kaeru.backend.refunds.domain.UpgradeCharge charge) {
        beforeCharging.accept(charge);
        return Answer.paid(referenceByKey.computeIfAbsent(charge.providerKey(), key -> {
            paymentsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            return "SIMPI-" + Integer.toHexString(key.hashCode()).toUpperCase(Locale.ROOT) + "-" + charge.paymentId();
        }));
    }

    /** How many payments (refunds or upgrade charges) were made under this provider key (0 or 1 when the key is honoured). */
    public int payments(String idempotencyKey) {
        AtomicInteger count = paymentsByKey.get(idempotencyKey);
        return count == null ? 0 : count.get();
    }
}
