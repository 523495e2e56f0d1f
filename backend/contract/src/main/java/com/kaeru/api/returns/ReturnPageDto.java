package com.kaeru.api.returns;

import java.util.List;

/**
 * A page of the returns queue.
 *
 * @param total         how many returns match, counted up to a limit (10,000)
 * @param moreThanTotal {@code true} when more returns than {@code total} match: counting stopped at the limit
 *                      (narrow the filters rather than page that far)
 */
public record ReturnPageDto(List<ReturnSummaryDto> items, long total, boolean moreThanTotal, int page, int size) {
}
