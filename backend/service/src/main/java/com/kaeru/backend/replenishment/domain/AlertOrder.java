package com.kaeru.backend.replenishment.domain;

/** How alerts are listed: by a column, ascending or descending; ties by SKU. */
public record AlertOrder(Column column, boolean descending) {
    public static final AlertOrder DEFAULT = new AlertOrder(Column.SHORTFALL, true);

    public enum Column { SHORTFALL, SKU, AVG_DAILY_SALES, AVAILABLE, REORDER_POINT, INCOMING }
}
