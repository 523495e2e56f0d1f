package com.kaeru.api.inventory;

/**
 * One SKU of a stocktake. Outlet fields are null when outlet stock was not counted.
 */
public record StocktakeLineDto(long variantId, String sku, String productNameJa, String productNameEn,
                               int countedSellable, int bookedSellable, int sellableDiscrepancy,
                               Integer countedOutlet, int bookedOutlet, Integer outletDiscrepancy) {
}
