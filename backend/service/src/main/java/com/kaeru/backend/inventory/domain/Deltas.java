package com.kaeru.backend.inventory.domain;

/** The change a movement makes to each bucket of a level. */
public record Deltas(int sellable, int outlet, int reserved, int incoming) {
    public static final Deltas NONE = new Deltas(0, 0, 0, 0);

    public static Deltas sellable(int units) {
        return new Deltas(units, 0, 0, 0);
    }

    public static Deltas outlet(int units) {
        return new Deltas(0, units, 0, 0);
    }

    public static Deltas reserved(int units) {
        return new Deltas(0, 0, units, 0);
    }

    public boolean isZero() {
        return sellable == 0 && outlet == 0 && reserved == 0 && incoming == 0;
    }
}
