package com.kaeru.backend.replenishment.domain;

/**
 * A shop's reorder defaults. {@link #DEFAULTS} apply until a manager saves the shop's own (the same
 * numbers the SQL function falls back to: keep them together).
 */
public record ReorderSettings(int leadTimeDays, int safetyStock, int salesWindowDays) {
    public static final ReorderSettings DEFAULTS = new ReorderSettings(7, 0, 28);

    public ReorderSettings {
        if (leadTimeDays < 0 || leadTimeDays > 365 || safetyStock < 0 || salesWindowDays < 1 || salesWindowDays > 365) {
            throw new IllegalArgumentException("Reorder settings out of range");
        }
    }
}
