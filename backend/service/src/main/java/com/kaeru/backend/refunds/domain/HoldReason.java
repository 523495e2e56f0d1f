package com.kaeru.backend.refunds.domain;

/** Why a refund waits for a manager instead of going out at once. */
public enum HoldReason {
    /**
     * The refunds of the order (every method, every return) add up to more than the shop's
     * approval limit.
     */
    LIMIT,
    /**
     * Units graded C (unsellable) whose reason is not the shop's fault: the customer may have
     * damaged the item, so a manager decides whether it is paid.
     */
    GRADE_C
}
