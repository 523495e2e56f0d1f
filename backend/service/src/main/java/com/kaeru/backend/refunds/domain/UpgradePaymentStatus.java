package com.kaeru.backend.refunds.domain;

/** Where the collection of an upgrade exchange's price difference stands ({@link UpgradePayment}). */
public enum UpgradePaymentStatus {
    /** Due: the payment worker charges it (again after a passing fault, or asks about a pending charge). */
    REQUESTED,
    /** Charged: the replacement may ship. */
    PAID,
    /** The provider refused it, or passing faults used up the attempts: staff retry it or ask the customer. */
    FAILED,
    /** The return was cancelled or rejected before anything was charged. */
    CANCELLED
}
