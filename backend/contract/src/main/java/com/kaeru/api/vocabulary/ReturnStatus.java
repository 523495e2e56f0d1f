package com.kaeru.api.vocabulary;

/** Where a return request (RMA) stands in its lifecycle. */
public enum ReturnStatus {
    REQUESTED, NEEDS_REVIEW, APPROVED, REJECTED, AWAITING_SHIPMENT, IN_TRANSIT, RECEIVED, INSPECTED, COMPLETED,
    CANCELLED
}
