package com.kaeru.api.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Today's work of a shop, counted live from the returns (not from the projection).
 *
 * @param today the shop's current date in its time zone
 * @param tiles always the six tiles in the order NEEDS_REVIEW, REFUNDS_OVERDUE, RECEIVED_TODAY,
 *              WAITING_FOR_PARCEL, CUSTOMER_ANSWERED, REFUNDS_FAILED
 */
public record WorkTilesDto(String shop, LocalDate today, Instant countedAt, List<WorkTileDto> tiles) {
}
