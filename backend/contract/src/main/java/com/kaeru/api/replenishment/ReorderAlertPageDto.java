package com.kaeru.api.replenishment;

import java.time.Instant;
import java.util.List;

/** One page of alerts; {@code computedAt} is when the points were last recomputed (null: never). */
public record ReorderAlertPageDto(List<ReorderAlertDto> items, long total, int page, int size, Instant computedAt) {
}
