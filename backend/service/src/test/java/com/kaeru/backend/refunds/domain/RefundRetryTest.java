package com.kaeru.backend.refunds.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What a refund the provider did not pay becomes: retried later, FAILED, and retried by staff. */
class RefundRetryTest {
    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private final RefundBackoff backoff = new RefundBackoff(3, () -> 0.999_999);

    private static Refund requested() {
        return Refund.request(1, 2, "R-000001:ORIGINAL_PAYMENT", RefundMethod.ORIGINAL_PAYMENT, 5_000, "JPY",
                null, "staff@example.jp");
    }

    @Test
    void aPassingFaultSchedulesTheNextTryAndStaysRequested() {
        Refund refund = requested();

        refund.notPaid("HTTP 503", true, backoff, NOW);

        assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(refund.attempts()).isEqualTo(1);
        assertThat(refund.lastError()).isEqualTo("HTTP 503");
        assertThat(Duration.between(NOW, refund.nextAttemptAt())).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        assertThat(refund.failedAt()).isNull();
    }

    @Test
    void passingFaultsFailTheRefundOnceTheAttemptsAreUsedUp() {
        Refund refund = requested();

        refund.notPaid("timeout", true, backoff, NOW);
        refund.notPaid("timeout", true, backoff, NOW);
        refund.notPaid("timeout", true, backoff, NOW);

        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(refund.attempts()).isEqualTo(3);
        assertThat(refund.failedAt()).isEqualTo(NOW);
        assertThat(refund.nextAttemptAt()).isNull();
    }

    @Test
    void aPermanentRefusalFailsAtOnce() {
        Refund refund = requested();

        refund.notPaid("card_error: expired_card", false, backoff, NOW);

        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(refund.lastError()).isEqualTo("card_error: expired_card");
    }

    @Test
    void staffRetryRequestsAFailedRefundAgainWithFreshAttempts() {
        Refund refund = requested();
        refund.notPaid("card_error", false, backoff, NOW);

        assertThat(refund.retry(NOW.plusSeconds(60))).isTrue();

        assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(refund.attempts()).isZero();
        assertThat(refund.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(refund.payable()).isTrue();
        assertThat(refund.retry(NOW.plusSeconds(61))).as("a repeated retry changes nothing").isFalse();
    }

    @Test
    void theProviderKeyIsTheRefundsKeyThenOneGenerationPerStaffRetry() {
        assertThat(Refund.providerKey("R-000001:ORIGINAL_PAYMENT", 0)).isEqualTo("R-000001:ORIGINAL_PAYMENT");
        assertThat(Refund.providerKey("R-000001:ORIGINAL_PAYMENT", 1)).isEqualTo("R-000001:ORIGINAL_PAYMENT:r1");
        assertThat(Refund.providerKey("R-000001:ORIGINAL_PAYMENT:review", 12))
                .isEqualTo("R-000001:ORIGINAL_PAYMENT:review:r12");
        assertThatThrownBy(() -> Refund.providerKey("R-000001:ORIGINAL_PAYMENT", -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void automaticRetriesKeepTheKeyAndEachStaffRetryOfARefusalStartsANewOne() {
        Refund refund = requested();
        assertThat(refund.providerKey()).isEqualTo("R-000001:ORIGINAL_PAYMENT");

        refund.notPaid("HTTP 503", true, backoff, NOW);
        assertThat(refund.providerKey()).as("a backoff retry is the same attempt").isEqualTo("R-000001:ORIGINAL_PAYMENT");
        refund.notPaid("card_error", false, backoff, NOW);
        assertThat(refund.providerKey()).as("failing changes nothing yet").isEqualTo("R-000001:ORIGINAL_PAYMENT");

        refund.retry(NOW);
        assertThat(refund.providerKey()).isEqualTo("R-000001:ORIGINAL_PAYMENT:r1");
        refund.retry(NOW);
        assertThat(refund.providerKey()).as("a repeated retry is no new attempt").isEqualTo("R-000001:ORIGINAL_PAYMENT:r1");
        refund.notPaid("HTTP 503", true, backoff, NOW);
        refund.notPaid("failed", false, backoff, NOW);
        refund.retry(NOW);
        assertThat(refund.providerKey()).isEqualTo("R-000001:ORIGINAL_PAYMENT:r2");
        assertThat(refund.keyGeneration()).isEqualTo(2);
        assertThat(refund.idempotencyKey()).as("the refund's own key never changes").isEqualTo("R-000001:ORIGINAL_PAYMENT");
    }

    @Test
    void aStaffRetryAfterUsedUpPassingFaultsKeepsTheKeyForTheMoneyMayHaveGoneOut() {
        Refund refund = requested();
        refund.notPaid("timeout", true, backoff, NOW);
        refund.notPaid("timeout", true, backoff, NOW);
        refund.notPaid("timeout", true, backoff, NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);

        refund.retry(NOW);

        assertThat(refund.providerKey()).isEqualTo("R-000001:ORIGINAL_PAYMENT");
    }

    @Test
    void aStaffRetryAfterThePendingRefundFailedAtTheProviderIsANewAttempt() {
        Refund refund = requested();
        refund.providerPending("re_1", backoff, NOW);
        refund.notPaid("expired_or_canceled_card", false, backoff, NOW);

        refund.retry(NOW);

        assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
        assertThat(refund.providerKey()).isEqualTo("R-000001:ORIGINAL_PAYMENT:r1");
    }

    @Test
    void aHeldOrDeclinedRefundIsNotRetried() {
        Refund held = Refund.request(1, 2, "R-000002:ORIGINAL_PAYMENT", RefundMethod.ORIGINAL_PAYMENT, 50_000, "JPY",
                HoldReason.LIMIT, "staff@example.jp");

        assertThatThrownBy(() -> held.retry(NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aLongErrorIsCutToTheColumn() {
        Refund refund = requested();

        refund.notPaid("x".repeat(800), true, backoff, NOW);

        assertThat(refund.lastError()).hasSize(500);
    }

    @Test
    void aPendingRefundIsAskedAboutAgainAndNeverGivenUpOverPassingFaults() {
        Refund refund = requested();

        refund.providerPending("re_1", backoff, NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.PROVIDER_PENDING);
        assertThat(refund.providerReference()).isEqualTo("re_1");
        assertThat(refund.nextAttemptAt()).isAfter(NOW);
        for (int i = 0; i < 5; i++) {
            refund.notPaid("rate_limit: 429", true, backoff, NOW);
        }
        assertThat(refund.status()).as("more faults than the attempts allowed").isEqualTo(RefundStatus.PROVIDER_PENDING);

        refund.issued("re_1", NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.ISSUED);
    }

    @Test
    void aPendingRefundTheProviderFailsIsFailed() {
        Refund refund = requested();
        refund.providerPending("re_1", backoff, NOW);

        refund.notPaid("canceled: Stripe refund re_1 canceled", false, backoff, NOW);

        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(refund.failedAt()).isEqualTo(NOW);
        assertThat(refund.retry(NOW)).isTrue();
        assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
    }
}
