package com.kaeru.api.credit;

/** Credit added by a refund, or credit spent by a redemption. */
public enum StoreCreditEntryKind {
    CREDIT, REDEMPTION
}
