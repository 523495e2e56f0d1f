package com.kaeru.api.replenishment;

import java.util.List;

/**
 * A shop's reorder settings.
 *
 * @param defaults true while the shop has saved none (lead time 7 days, safety stock 0, window 28 days)
 */
public record ReorderSettingsDto(int leadTimeDays, int safetyStock, int salesWindowDays, boolean defaults,
                                 List<ReorderOverrideDto> overrides) {
}
