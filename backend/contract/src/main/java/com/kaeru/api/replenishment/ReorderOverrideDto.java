package com.kaeru.api.replenishment;

/**
 * An override of the shop's defaults.
 *
 * @param scope        {@code PRODUCT} (every variant of the product) or {@code VARIANT}
 * @param key          the product's external id, or the variant's SKU
 * @param leadTimeDays null: inherited
 * @param safetyStock  null: inherited
 */
public record ReorderOverrideDto(String scope, String key, String productNameJa, String productNameEn,
                                 Integer leadTimeDays, Integer safetyStock) {
}
