package com.kaeru.address;

/** What the address check can find wrong; stable, for machines (the API sends the names). */
public enum FindingCode {
    /** The postal code is not seven digits (empty, too short, letters). */
    INVALID_POSTAL_CODE,
    /** Seven digits, but Japan Post has no such code. */
    UNKNOWN_POSTAL_CODE,
    /** The prefecture, city, town or building typed is not what the postal code stands for. */
    POSTAL_CODE_MISMATCH,
    /** The address line has no block number (番地), e.g. only {@code 渋谷二丁目}. */
    BLOCK_NUMBER_MISSING
}
