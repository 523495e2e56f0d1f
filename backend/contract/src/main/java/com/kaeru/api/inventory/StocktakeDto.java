package com.kaeru.api.inventory;

import java.time.Instant;
import java.util.List;

/**
 * A stocktake and its discrepancy report: per SKU the units counted, the units on the books when
 * counted, and the difference (counted − booked) that posting turns into STOCKTAKE_ADJUSTMENT
 * movements. {@code status} is COUNTED until posted, then POSTED.
 */
public record StocktakeDto(long id, String location, String status, String note, String countedBy,
                           Instant countedAt, String postedBy, Instant postedAt, String reason,
                           List<StocktakeLineDto> lines, int linesWithDiscrepancy) {
}
