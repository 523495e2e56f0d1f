package com.kaeru.backend.refunds.domain;

/** How money goes back: always digital, never a manual bank transfer. */
public enum RefundMethod {
    ORIGINAL_PAYMENT, STORE_CREDIT, GIFT_CODE
}
