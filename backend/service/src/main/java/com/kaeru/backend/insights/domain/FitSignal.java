package com.kaeru.backend.insights.domain;

/**
 * "Runs small"/"runs large" per variant: a variant with at least {@link #MIN_RETURNED_UNITS} returned
 * units whose share of size-too-small (too-large) units among its returned units is at least
 * {@link #MIN_SHARE_PERCENT} % and at least {@link #FACTOR} times the same share over its siblings
 * (the product's other variants together; siblings without returns count as 0 %).
 */
public final class FitSignal {
    public static final int MIN_RETURNED_UNITS = 3;
    public static final double MIN_SHARE_PERCENT = 40.0;
    public static final double FACTOR = 2.0;
    public static final String TOO_SMALL = "SIZE_TOO_SMALL";
    public static final String TOO_LARGE = "SIZE_TOO_LARGE";

    private FitSignal() {
    }

    /** RUNS_SMALL, RUNS_LARGE or {@code null}. */
    public static String of(long returned, long tooSmall, long tooLarge, long siblingsReturned, long siblingsTooSmall,
                            long siblingsTooLarge) {
        if (returned < MIN_RETURNED_UNITS) {
            return null;
        }
        if (exceeds(tooSmall, returned, siblingsTooSmall, siblingsReturned)) {
            return "RUNS_SMALL";
        }
        if (exceeds(tooLarge, returned, siblingsTooLarge, siblingsReturned)) {
            return "RUNS_LARGE";
        }
        return null;
    }

    private static boolean exceeds(long count, long returned, long siblingsCount, long siblingsReturned) {
        double share = 100.0 * count / returned;
        double siblingsShare = siblingsReturned == 0 ? 0 : 100.0 * siblingsCount / siblingsReturned;
        return share >= MIN_SHARE_PERCENT && share >= FACTOR * siblingsShare;
    }

    /** {@code part ÷ whole × 100} to one decimal, {@code null} without a whole. */
    public static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
    }
}
