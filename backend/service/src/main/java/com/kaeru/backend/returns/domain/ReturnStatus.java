package com.kaeru.backend.returns.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a return request and, for each state, the states it may move to. The
 * aggregate refuses every other move.
 */
public enum ReturnStatus {
    REQUESTED, NEEDS_REVIEW, APPROVED, REJECTED, AWAITING_SHIPMENT, IN_TRANSIT, RECEIVED, INSPECTED, COMPLETED,
    CANCELLED;

    static {
        REQUESTED.next = EnumSet.of(APPROVED, NEEDS_REVIEW, REJECTED, CANCELLED);
        NEEDS_REVIEW.next = EnumSet.of(APPROVED, REJECTED, CANCELLED);
        APPROVED.next = EnumSet.of(AWAITING_SHIPMENT, RECEIVED, CANCELLED);
        AWAITING_SHIPMENT.next = EnumSet.of(IN_TRANSIT, RECEIVED, CANCELLED);
        IN_TRANSIT.next = EnumSet.of(RECEIVED);
        RECEIVED.next = EnumSet.of(INSPECTED);
        INSPECTED.next = EnumSet.of(COMPLETED);
        REJECTED.next = EnumSet.noneOf(ReturnStatus.class);
        COMPLETED.next = EnumSet.noneOf(ReturnStatus.class);
        CANCELLED.next = EnumSet.noneOf(ReturnStatus.class);
    }

    private Set<ReturnStatus> next;

    public boolean canMoveTo(ReturnStatus target) {
        return next.contains(target);
    }

    public Set<ReturnStatus> next() {
        return EnumSet.copyOf(next.isEmpty() ? EnumSet.noneOf(ReturnStatus.class) : next);
    }

    /** The customer may cancel until the parcel is on its way. */
    public boolean customerMayCancel() {
        return canMoveTo(CANCELLED);
    }

    public boolean isFinal() {
        return next.isEmpty();
    }

    /**
     * A prepaid label may be printed once the return is approved and until it is closed: before
     * approval nothing may be shipped, and a completed, cancelled or rejected return takes no parcel.
     */
    public boolean labelAvailable() {
        return switch (this) {
            case APPROVED, AWAITING_SHIPMENT, IN_TRANSIT, RECEIVED, INSPECTED -> true;
            case REQUESTED, NEEDS_REVIEW, REJECTED, COMPLETED, CANCELLED -> false;
        };
    }

    /** Units in such a request count against what may still be returned from an order line. */
    public boolean holdsUnits() {
        return this != REJECTED && this != CANCELLED;
    }
}
