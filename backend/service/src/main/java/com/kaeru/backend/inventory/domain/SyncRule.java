package com.kaeru.backend.inventory.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How a shop system's absolute count becomes a level without losing what happened here after the
 * shop counted (docs/inventory.md, "Sync"):
 * <pre>
 *   level = count + (non-sync movements at this location and variant recorded after asOf)
 * </pre>
 * A count without {@code asOf} is a count of now (nothing came after it), as before the ledger. A
 * count with an {@code asOf} older than one already applied is stale and refused: applying it would bring back a level the newer count
 * corrected. A count from the future (beyond clock skew) is refused too. Only sellable and outlet
 * are counted by shop systems; reserved and incoming are Kaeru's and never synced.
 */
public final class SyncRule {
    /** Clock difference between a shop system and Kaeru that is still accepted. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private SyncRule() {
    }

    /** What to do with a count. */
    public sealed interface Outcome permits Apply, Stale, FromTheFuture, BelowReserved {
    }

    /** Post a SYNC movement with these deltas (possibly zero: the count only confirms the level). */
    public record Apply(Deltas deltas, Level target) implements Outcome {
    }

    /** A newer count was applied already. */
    public record Stale(Instant latestAsOf) implements Outcome {
    }

    public record FromTheFuture(Instant asOf) implements Outcome {
    }

    /** The count would leave fewer sellable units than are reserved for exchanges. */
    public record BelowReserved(int reserved, int target) implements Outcome {
    }

    /**
     * @param current          the level now (locked by the caller)
     * @param sellable         counted sellable units
     * @param outlet           counted outlet units, or null to leave outlet as it is
     * @param asOf             when the shop counted, or null for "now"
     * @param latestAsOf       the newest count applied so far at this location and variant, or null
     * @param sinceAsOf        the sum of non-sync movements recorded after {@code asOf} (zero without asOf)
     * @param now              Kaeru's clock
     */
    public static Outcome apply(Level current, int sellable, Integer outlet, Instant asOf, Instant latestAsOf,
                                Deltas sinceAsOf, Instant now) {
        if (asOf != null && asOf.isAfter(now.plus(CLOCK_SKEW))) {
            return new FromTheFuture(asOf);
        }
        // A count without asOf is the shop system saying "this is the level now": never stale.
        if (asOf != null && latestAsOf != null && asOf.isBefore(latestAsOf)) {
            return new Stale(latestAsOf);
        }
        Deltas since = asOf == null ? Deltas.NONE : sinceAsOf;
        // Units that left after the count (an exchange shipped) cannot take a count below zero.
        int targetSellable = Math.max(0, sellable + since.sellable());
        int targetOutlet = outlet == null ? current.outlet() : Math.max(0, outlet + since.outlet());
        if (targetSellable < current.reserved()) {
            return new BelowReserved(current.reserved(), targetSellable);
        }
        Level target = new Level(targetSellable, targetOutlet, current.reserved(), current.incoming());
        return new Apply(new Deltas(targetSellable - current.sellable(), targetOutlet - current.outlet(), 0, 0), target);
    }
}
