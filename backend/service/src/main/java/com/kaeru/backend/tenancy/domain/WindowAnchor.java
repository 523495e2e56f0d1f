package com.kaeru.backend.tenancy.domain;

import java.util.Arrays;
import java.util.List;

/** What a return window (the shop's, or a policy rule's day count) counts from. */
public enum WindowAnchor {
    DELIVERY, SHIPMENT, ORDER;

    /** The names, as shops and rules store them. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
