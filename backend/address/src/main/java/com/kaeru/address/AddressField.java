package com.kaeru.address;

/** The part of a typed address a finding is about, named after the form's fields. */
public enum AddressField {
    POSTAL_CODE,
    PREFECTURE,
    CITY,
    /** Town and block number (町域・番地). */
    ADDRESS_LINE,
    BUILDING
}
