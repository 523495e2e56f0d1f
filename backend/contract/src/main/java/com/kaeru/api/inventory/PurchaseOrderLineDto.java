package com.kaeru.api.inventory;

/** One SKU of a purchase order: units ordered, received so far, and still due ({@code remaining}). */
public record PurchaseOrderLineDto(long variantId, String sku, String productNameJa, String productNameEn, int ordered,
                                   int received, int remaining) {
}
