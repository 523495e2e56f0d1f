package com.kaeru.api.insights;

/**
 * Exchange backorders.
 *
 * @param opened          backorders opened in the period
 * @param fulfilled       backorders fulfilled (exchange shipped) in the period
 * @param openNow         backorders still open at the end of the period
 * @param averageWaitDays mean days from opening to fulfilment of those fulfilled in the period
 */
public record BackorderInsightDto(long opened, long fulfilled, long openNow, Double averageWaitDays) {
}
