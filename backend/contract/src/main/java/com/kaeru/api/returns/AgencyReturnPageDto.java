package com.kaeru.api.returns;

import java.util.List;

/**
 * A page of an agency's returns queue.
 *
 * @param total         how many returns match, counted up to a limit (10,000)
 * @param moreThanTotal {@code true} when more returns than {@code total} match
 */
public record AgencyReturnPageDto(List<AgencyReturnRowDto> items, long total, boolean moreThanTotal, int page,
                                  int size) {
}
