package com.kaeru.api.replenishment;

import java.time.Instant;

/** The outcome of recomputing a shop's reorder points: how many variants got a point, and when. */
public record RecomputationDto(int points, long alerts, Instant computedAt) {
}
