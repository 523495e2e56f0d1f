package com.kaeru.api.insights;

import java.time.Instant;

/** What a rebuild of a shop's projection did. */
public record RebuildResultDto(String shop, long returns, long orders, long rows, Instant rebuiltAt) {
}
