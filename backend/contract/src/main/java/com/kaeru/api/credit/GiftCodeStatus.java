package com.kaeru.api.credit;

/** A gift code is spent whole, once. */
public enum GiftCodeStatus {
    ACTIVE, REDEEMED
}
