package com.kaeru.backend.returns.domain;

/** What the customer gets for a returned line. */
public enum Resolution {
    REFUND, EXCHANGE
}
