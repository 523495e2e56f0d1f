package com.kaeru.api.vocabulary;

/**
 * Where a refund stands: {@code PENDING_APPROVAL} waits for a manager, {@code DECLINED} a manager refused it,
 * {@code PROVIDER_PENDING} the payment service accepted it but still settles it (Kaeru asks again until it is
 * {@code ISSUED} or {@code FAILED}).
 */
public enum RefundStatus {
    REQUESTED, PROVIDER_PENDING, PENDING_APPROVAL, ISSUED, FAILED, DECLINED
}
