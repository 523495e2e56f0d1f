package com.kaeru.backend.replenishment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The reorder rule of DOMAIN.md in Java: the reference the SQL function {@code recompute_reorder_points}
 * (migration V100) implements set-based, and what the tests check it against.
 * <pre>
 * average daily sales = units sold in the window ÷ window days
 * reorder point       = ceil(average daily sales × lead time) + safety stock + units owed to backorders
 * alert               when available ≤ reorder point and the point is above zero
 * </pre>
 * The product is taken as {@code ceil(units × lead ÷ window)} so no rounded average sits in between
 * (10/day × 5 days + 20 = 70 exactly). A variant with no sales, no safety stock and nothing owed has
 * point 0 and never alerts: there is nothing to protect.
 */
public final class ReorderFormula {
    private ReorderFormula() {
    }

    public static BigDecimal averageDailySales(long unitsSold, int windowDays) {
        requireWindow(windowDays);
        return BigDecimal.valueOf(unitsSold).divide(BigDecimal.valueOf(windowDays), 3, RoundingMode.HALF_UP);
    }

    public static long reorderPoint(long unitsSold, int windowDays, int leadTimeDays, int safetyStock, long backordered) {
        requireWindow(windowDays);
        if (unitsSold < 0 || leadTimeDays < 0 || safetyStock < 0 || backordered < 0) {
            throw new IllegalArgumentException("Sales, lead time, safety stock and backorders are not negative");
        }
        long leadTimeDemand = BigDecimal.valueOf(unitsSold).multiply(BigDecimal.valueOf(leadTimeDays))
                .divide(BigDecimal.valueOf(windowDays), 0, RoundingMode.CEILING).longValueExact();
        return leadTimeDemand + safetyStock + backordered;
    }

    public static boolean alerts(long available, long reorderPoint) {
        return reorderPoint > 0 && available <= reorderPoint;
    }

    private static void requireWindow(int windowDays) {
        if (windowDays < 1) {
            throw new IllegalArgumentException("The sales window is at least one day");
        }
    }
}
