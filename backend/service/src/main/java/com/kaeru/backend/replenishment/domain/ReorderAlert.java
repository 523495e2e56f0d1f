package com.kaeru.backend.replenishment.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A variant at or below its point, with the numbers that explain it; available and incoming are summed over all locations. */
public record ReorderAlert(long variantId, String sku, String productNameJa, String productNameEn, String size,
                          String color, long unitsSold, LocalDate windowFrom, int windowDays, BigDecimal avgDailySales,
                          int leadTimeDays, int safetyStock, long backordered, long reorderPoint, long available,
                          long incoming) {
    public long shortfall() {
        return reorderPoint - available;
    }
}
