package com.kaeru.backend.returns.domain;

/** Where a customer can hand in a parcel: the convenience-store chains that take returns, or a carrier office. */
public enum DropOffPoint {
    SEVEN_ELEVEN, FAMILYMART, LAWSON, CARRIER_OFFICE
}
