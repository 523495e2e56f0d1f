package com.kaeru.api.vocabulary;

/** Inspection grade of one returned unit: A restock, B outlet, C dispose, MISSING not in the parcel. */
public enum Grade {
    A, B, C, MISSING
}
