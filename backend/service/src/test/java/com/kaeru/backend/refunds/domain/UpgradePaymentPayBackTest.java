package com.kaeru.backend.refunds.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What a return that will not ship its replacements gives back (docs/payments.md): a collected difference, once. */
class UpgradePaymentPayBackTest {
    private static final Instant NOW = Instant.parse("2026-12-06T02:00:00Z");
    private static final RefundBackoff BACKOFF = new RefundBackoff(3, () -> 0.5);

    private static UpgradePayment requested() {
        return UpgradePayment.request(7, 42, "R-000123", 1500, "JPY", "customer", NOW);
    }

    @Test
    void onlyACollectedDifferenceIsPaidBackAndOnlyOnce() {
        UpgradePayment p = requested();
        assertThat(p.refundable()).as("nothing charged yet").isFalse();
        p.paid("pi_1", NOW);
        assertThat(p.refundable()).isTrue();
        assertThat(p.refundKey()).isEqualTo("R-000123:UPGRADE-REFUND");
        p.refundedBy(9);
        assertThat(p.refundId()).isEqualTo(9L);
        assertThat(p.refundable()).isFalse();
        assertThatThrownBy(() -> p.refundedBy(10)).isInstanceOf(IllegalStateException.class);
        assertThat(p.cancel(NOW)).as("a paid difference is not cancelled, it is paid back").isFalse();
    }

    @Test
    void aFailedCollectionNamesTheProvidersWordAndIsCancelledNotPaidBack() {
        UpgradePayment p = requested();
        p.notPaid("card_declined: Your card was declined.", false, BACKOFF, NOW);
        assertThat(p.status()).isEqualTo(UpgradePaymentStatus.FAILED);
        assertThat(p.errorCode()).isEqualTo("card_declined");
        assertThat(p.failedAt()).isEqualTo(NOW);
        assertThat(p.refundable()).isFalse();
        assertThat(p.cancel(NOW)).isTrue();
        assertThat(p.status()).isEqualTo(UpgradePaymentStatus.CANCELLED);
    }

    @Test
    void passingFaultsShareTheRefundsBackoffUntilTheAttemptsAreUsedUp() {
        UpgradePayment p = requested();
        p.notPaid("unavailable 503: down", true, BACKOFF, NOW);
        assertThat(p.status()).isEqualTo(UpgradePaymentStatus.REQUESTED);
        assertThat(p.nextAttemptAt()).isAfter(NOW);
        p.notPaid("unavailable 503: down", true, BACKOFF, NOW);
        p.notPaid("unavailable 503: down", true, BACKOFF, NOW);
        assertThat(p.status()).isEqualTo(UpgradePaymentStatus.FAILED);
        assertThat(p.errorCode()).isEqualTo("unavailable 503");
        assertThat(p.retry(NOW)).isTrue();
        assertThat(p.providerKey()).as("faults, not a refusal: the same key").isEqualTo("R-000123:UPGRADE");
        assertThat(p.attempts()).isZero();
    }
}
