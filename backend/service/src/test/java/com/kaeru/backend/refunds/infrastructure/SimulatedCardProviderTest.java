package com.kaeru.backend.refunds.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundMethod;
import org.junit.jupiter.api.Test;

/**
 * The simulated card provider honours the idempotency key as a payment service does: a repeated key
 * (a retry, a worker that crashed after paying) returns the first reference and pays nothing more,
 * also when the repeats race each other.
 */
class SimulatedCardProviderTest {
    private final SimulatedCardProvider provider = new SimulatedCardProvider();

    private static Refund refund(String key) {
        return Refund.request(1, 2, key, RefundMethod.ORIGINAL_PAYMENT, 5_000, "JPY", null, "staff@example.jp");
    }

    @Test
    void aRepeatedKeyReturnsTheSameReferenceWithoutPayingAgain() {
        String first = provider.pay(refund("R-000001:ORIGINAL_PAYMENT"), "a@example.jp");
        String again = provider.pay(refund("R-000001:ORIGINAL_PAYMENT"), "a@example.jp");

        assertThat(again).isEqualTo(first).startsWith("SIM-");
        assertThat(provider.payments("R-000001:ORIGINAL_PAYMENT")).isEqualTo(1);
    }

    @Test
    void eachKeyIsPaidOnce() {
        provider.pay(refund("R-000001:ORIGINAL_PAYMENT"), "a@example.jp");
        provider.pay(refund("R-000001:ORIGINAL_PAYMENT:backorder"), "a@example.jp");

        assertThat(provider.payments("R-000001:ORIGINAL_PAYMENT")).isEqualTo(1);
        assertThat(provider.payments("R-000001:ORIGINAL_PAYMENT:backorder")).isEqualTo(1);
        assertThat(provider.payments("R-000002:ORIGINAL_PAYMENT")).isZero();
    }

    @Test
    void aStaffRetryOfARefusalIsPaidUnderItsNewProviderKey() {
        Refund refund = refund("R-000003:ORIGINAL_PAYMENT");
        refund.notPaid("card_error", false, new com.kaeru.backend.refunds.domain.RefundBackoff(3, () -> 0.5),
                java.time.Instant.parse("2026-12-05T12:00:00Z"));
        refund.retry(java.time.Instant.parse("2026-12-05T12:01:00Z"));

        provider.pay(refund, "a@example.jp");
        provider.pay(refund, "a@example.jp");

        assertThat(provider.payments("R-000003:ORIGINAL_PAYMENT:r1")).isEqualTo(1);
        assertThat(provider.payments("R-000003:ORIGINAL_PAYMENT")).isZero();
    }

    @Test
    void concurrentCallsWithOneKeyPayOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = IntStream.range(0, 8)
                    .<Callable<String>>mapToObj(i -> () -> provider.pay(refund("R-000009:ORIGINAL_PAYMENT"), "a@example.jp"))
                    .toList();
            List<String> references = pool.invokeAll(calls).stream().map(SimulatedCardProviderTest::get).distinct().toList();

            assertThat(references).hasSize(1);
            assertThat(provider.payments("R-000009:ORIGINAL_PAYMENT")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String get(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
