package com.kaeru.api.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A purchase order (incoming supply). {@code status} is OPEN, PARTIALLY_RECEIVED, RECEIVED or
 * CANCELLED; {@code overdue} is true for an open order whose expected date has passed in the shop's
 * time zone.
 */
public record PurchaseOrderDto(String number, String supplier, String location, LocalDate expectedDate,
                               boolean confirmed, String note, String status, boolean overdue, int orderedUnits,
                               int receivedUnits, String createdBy, Instant createdAt, String cancelledBy,
                               Instant cancelledAt, List<PurchaseOrderLineDto> lines) {
}
