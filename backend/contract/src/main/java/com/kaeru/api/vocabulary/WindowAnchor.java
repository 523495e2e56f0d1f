package com.kaeru.api.vocabulary;

/** What a return window (or a rule's day count) counts from. */
public enum WindowAnchor {
    DELIVERY, SHIPMENT, ORDER
}
