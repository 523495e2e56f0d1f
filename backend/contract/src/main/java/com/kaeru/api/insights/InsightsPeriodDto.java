package com.kaeru.api.insights;

import java.time.LocalDate;

/**
 * The period a figure covers and the one it is compared with.
 *
 * @param from        first day, inclusive, in {@code timeZone}
 * @param to          last day, inclusive
 * @param compare     PREVIOUS (same number of days right before), LAST_YEAR (same dates one year
 *                    earlier) or NONE
 * @param compareFrom first day of the comparison period, {@code null} for NONE
 * @param compareTo   last day of the comparison period, {@code null} for NONE
 * @param granularity bucket of the series: DAY (span ≤ 62 days), WEEK (≤ 190 days, weeks start on
 *                    Monday) or MONTH
 * @param timeZone    the shop's time zone (e.g. {@code Asia/Tokyo}); for an agency, each shop's own
 * @param currency    ISO 4217 code of money figures
 */
public record InsightsPeriodDto(LocalDate from, LocalDate to, String compare, LocalDate compareFrom,
                                LocalDate compareTo, String granularity, String timeZone, String currency) {
}
