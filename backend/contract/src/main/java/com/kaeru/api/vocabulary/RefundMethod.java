package com.kaeru.api.vocabulary;

/** How money goes back to the customer. */
public enum RefundMethod {
    ORIGINAL_PAYMENT, STORE_CREDIT, GIFT_CODE
}
