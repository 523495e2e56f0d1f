package com.kaeru.api.inventory;

import java.time.Instant;

/**
 * Units of one variant at one location. {@code sellable} includes the {@code reserved} units;
 * {@code available} = sellable − reserved is what may still be sold or reserved.
 */
public record StockLevelDto(long variantId, String sku, String productNameJa, String productNameEn, String size,
                            String color, String location, int sellable, int outlet, int reserved, int incoming,
                            int available, Instant updatedAt) {
}
