package com.kaeru.api.replenishment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A variant whose available stock (all locations) is at or below its reorder point, with the numbers
 * that explain it: {@code reorderPoint = ceil(avgDailySales × leadTimeDays) + safetyStock + backordered},
 * {@code avgDailySales = unitsSold ÷ windowDays} over the days from {@code windowFrom}.
 *
 * @param backordered units owed to exchanges waiting for stock
 * @param shortfall   reorderPoint − available (0 when exactly at the point)
 * @param incoming    units already ordered from suppliers (not counted as available)
 */
public record ReorderAlertDto(long variantId, String sku, String productNameJa, String productNameEn, String size,
                              String color, long unitsSold, LocalDate windowFrom, int windowDays,
                              BigDecimal avgDailySales, int leadTimeDays, int safetyStock, long backordered,
                              long reorderPoint, long available, long incoming, long shortfall) {
}
