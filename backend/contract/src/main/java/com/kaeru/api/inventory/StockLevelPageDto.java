package com.kaeru.api.inventory;

import java.util.List;

/** A page of levels, ordered by SKU then location. */
public record StockLevelPageDto(List<StockLevelDto> items, long total, int page, int size) {
}
