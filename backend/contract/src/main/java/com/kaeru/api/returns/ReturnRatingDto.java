package com.kaeru.api.returns;

import java.time.Instant;

/**
 * The customer's rating of a completed return, given once on the portal's status page.
 *
 * @param stars   1 (very dissatisfied) to 5 (very satisfied)
 * @param comment what the customer wrote with it, {@code null} when nothing
 * @param ratedAt when it was given
 */
public record ReturnRatingDto(int stars, String comment, Instant ratedAt) {
}
