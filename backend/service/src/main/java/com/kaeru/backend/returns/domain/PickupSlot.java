package com.kaeru.backend.returns.domain;

/**
 * The delivery-time slots Japanese carriers (Yamato, Sagawa, Japan Post) all offer for a
 * pickup: the morning, then two-hour windows, with the late 19–21 slot.
 */
public enum PickupSlot {
    MORNING, T14_16, T16_18, T18_20, T19_21
}
