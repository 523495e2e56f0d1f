package com.kaeru.backend.refunds.domain;

/**
 * What a card provider needs to collect an upgrade's price difference ({@link RefundProvider#collect}): the
 * return it belongs to (whose order's payment the provider charges again), the amount in minor units of
 * {@code currency}, the key the provider receives as its idempotency key, and the provider's own reference once
 * it answered pending (then it is asked about, never charged again).
 */
public record UpgradeCharge(long shopId, long returnId, Long paymentId, String rmaNumber, long amountMinor,
                            String currency, String providerKey, String idempotencyKey, String providerReference) {
}
