package com.kaeru.api.vocabulary;

/** How the parcel comes back to the shop. */
public enum ReturnMethod {
    PREPAID_LABEL, PICKUP, DROP_OFF
}
