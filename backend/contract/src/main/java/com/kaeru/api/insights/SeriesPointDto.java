package com.kaeru.api.insights;

import java.time.LocalDate;

/**
 * One bucket of the returns-over-time series.
 *
 * @param bucketStart    first day of the bucket (day, Monday of the week or first of the month)
 * @param returns        return requests created in the bucket (by request date)
 * @param unitsReturned  units on those requests
 * @param unitsSold      units on orders placed in the bucket
 * @param orders         orders placed in the bucket
 * @param sales          order value placed in the bucket, minor units
 * @param refundsIssued  refunds issued in the bucket
 */
public record SeriesPointDto(LocalDate bucketStart, long returns, long unitsReturned, long unitsSold, long orders,
                             long sales, long refundsIssued) {
}
