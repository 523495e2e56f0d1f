package com.kaeru.backend.returns.domain;

/** How the parcel comes back. */
public enum ReturnMethod {
    PREPAID_LABEL, PICKUP, DROP_OFF
}
