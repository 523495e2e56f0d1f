package com.kaeru.api;

/**
 * Upper bounds on quantities and amounts the API accepts. They keep every sum Kaeru computes
 * (a line's price × units, an order's total, a return's refund) far inside {@code long}, and unit
 * counts inside {@code int}, so no input can overflow arithmetic into a wrong but plausible number.
 */
public final class Bounds {
    /** Units on one order line, in one return line or one stock count. */
    public static final int MAX_UNITS = 99_999;
    /** One amount in minor units (¥1 trillion, or $10 billion in cents). */
    public static final long MAX_MINOR = 1_000_000_000_000L;

    private Bounds() {
    }
}
