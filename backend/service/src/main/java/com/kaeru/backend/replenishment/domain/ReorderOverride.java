package com.kaeru.backend.replenishment.domain;

/**
 * A product's or a variant's own lead time and/or safety stock; null inherits (variant → product → shop).
 *
 * @param key the product's external id or the variant's SKU
 */
public record ReorderOverride(Scope scope, long targetId, String key, String productNameJa, String productNameEn,
                              Integer leadTimeDays, Integer safetyStock) {
    public enum Scope { PRODUCT, VARIANT }
}
