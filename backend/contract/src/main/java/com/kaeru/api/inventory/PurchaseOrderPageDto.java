package com.kaeru.api.inventory;

import java.util.List;

/** A page of purchase orders, newest first. */
public record PurchaseOrderPageDto(List<PurchaseOrderDto> items, long total, int page, int size) {
}
