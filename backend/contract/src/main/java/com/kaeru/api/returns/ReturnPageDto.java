package com.kaeru.api.returns;

import java.util.List;

/** A page of the returns queue. */
public record ReturnPageDto(List<ReturnSummaryDto> items, long total, int page, int size) {
}
