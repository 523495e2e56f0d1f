package com.kaeru.backend.inventory.domain;

/** Units of one variant at one location; {@code sellable} includes the reserved units. */
public record Level(int sellable, int outlet, int reserved, int incoming) {
    public static final Level EMPTY = new Level(0, 0, 0, 0);

    /** What may still be sold or reserved. */
    public int available() {
        return sellable - reserved;
    }

    /** This level after a movement's deltas. */
    public Level plus(Deltas d) {
        return new Level(sellable + d.sellable(), outlet + d.outlet(), reserved + d.reserved(), incoming + d.incoming());
    }

    /** The rules the database enforces too: nothing negative, never more reserved than sellable. */
    public boolean valid() {
        return sellable >= 0 && outlet >= 0 && reserved >= 0 && incoming >= 0 && reserved <= sellable;
    }
}
