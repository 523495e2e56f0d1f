package com.kaeru.api.vocabulary;

/** What the customer gets for a returned line. */
public enum Resolution {
    REFUND, EXCHANGE
}
