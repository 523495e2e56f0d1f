package com.kaeru.backend.refunds.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How the payment worker is getting on with one money movement at the card provider — a refund or an upgrade's
 * collection, whose tables carry the same columns (V193/V215, V225): the retry schedule, the claim's lease, why it
 * failed, and the staff-retry generation of the key the provider receives. One piece for both, so a refund and a
 * collection retry, give up, lease and start a new key by the same rules (docs/refunds.md, docs/payments.md).
 * The owner keeps its own status and says what it allows; this keeps the count and the clock.
 */
@Embeddable
public class ProviderAttempts {
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "lease_until")
    private Instant leaseUntil;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "failed_at")
    private Instant failedAt;
    // The staff-retry generation of the key sent to the provider, and whether the last failure was the provider's
    // refusal (only then does a staff retry start a new generation).
    @Column(name = "key_generation", nullable = false)
    private int keyGeneration;
    @Column(name = "provider_refused", nullable = false)
    private boolean providerRefused;

    /** Due for the worker at {@code now}. */
    void dueAt(Instant now) {
        nextAttemptAt = now;
    }

    /** Done with the worker (paid, cancelled): nothing due, no lease. */
    void done() {
        nextAttemptAt = null;
        leaseUntil = null;
    }

    /** Is {@code lease} (what a worker's claim set) still the lease: no other worker took it over. */
    boolean leasedBy(Instant lease) {
        return leaseUntil != null && leaseUntil.equals(lease);
    }

    /** A worker holds it at {@code now} (its lease has not run out). */
    boolean leasedAt(Instant now) {
        return leaseUntil != null && !leaseUntil.isBefore(now);
    }

    /**
     * The provider did not answer with money moved: a passing fault schedules the next try after {@code backoff};
     * a refusal, or a passing fault once the attempts are used up (when {@code mayGiveUp}: the provider does not
     * hold it pending), gives up. The claim's lease ends either way.
     *
     * @return whether it gave up (the owner becomes FAILED)
     */
    boolean notAnswered(String error, boolean retryable, boolean mayGiveUp, RefundBackoff backoff, Instant now) {
        attempts++;
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        leaseUntil = null;
        if (!retryable || mayGiveUp && backoff.exhausted(attempts)) {
            providerRefused = !retryable;
            failedAt = now;
            nextAttemptAt = null;
            return true;
        }
        nextAttemptAt = now.plus(backoff.after(attempts));
        return false;
    }

    /** The provider accepted it and still settles it: asked about again after {@code backoff}, never given up. */
    void pending(RefundBackoff backoff, Instant now) {
        attempts++;
        leaseUntil = null;
        nextAttemptAt = now.plus(backoff.after(attempts));
    }

    /**
     * Staff retry after a failure: due at once with a fresh count (the last error stays visible). After the
     * provider's refusal a new key generation starts (the provider would replay its refusal for the old key);
     * after used-up passing faults the key is kept, since the provider may have moved the money.
     *
     * @return whether a new key generation started
     */
    boolean retry(Instant now) {
        attempts = 0;
        nextAttemptAt = now;
        failedAt = null;
        leaseUntil = null;
        if (!providerRefused) {
            return false;
        }
        keyGeneration++;
        providerRefused = false;
        return true;
    }

    /** The key the provider receives for {@code key}: {@link Refund#providerKey(String, int)} of this generation. */
    String providerKey(String key) {
        return Refund.providerKey(key, keyGeneration);
    }

    int attempts() {
        return attempts;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    Instant leaseUntil() {
        return leaseUntil;
    }

    String lastError() {
        return lastError;
    }

    Instant failedAt() {
        return failedAt;
    }

    int keyGeneration() {
        return keyGeneration;
    }
}
