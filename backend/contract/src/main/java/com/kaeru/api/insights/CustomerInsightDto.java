package com.kaeru.api.insights;

import java.util.List;

/**
 * Customers and returns.
 *
 * @param customersWithReturns distinct customers (e-mail) with a return request in the period
 * @param boughtAgain          of them, those who placed an order after their first return request of the
 *                             period (up to today)
 * @param repeatRate           {@code boughtAgain ÷ customersWithReturns × 100}
 * @param frequentReturners    customers with at least {@link InsightsApi#FREQUENT_RETURNER_MIN_RETURNS}
 *                             return requests in the period, most returns first, at most 20
 */
public record CustomerInsightDto(long customersWithReturns, long boughtAgain, Double repeatRate,
                                 List<ReturnerDto> frequentReturners) {
}
