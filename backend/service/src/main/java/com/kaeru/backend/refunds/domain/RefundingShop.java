package com.kaeru.backend.refunds.domain;

/**
 * The facts of the shop that refunds need: whose money, in which currency, and above which amount
 * (per order, every method, every return) a manager must approve. Refunds know no more of tenancy.
 */
public record RefundingShop(long shopId, String currency, long approvalLimitMinor) {
    public RefundingShop {
        java.util.Objects.requireNonNull(currency);
    }
}
