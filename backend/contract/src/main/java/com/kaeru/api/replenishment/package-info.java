/**
 * Reorder points (発注点): per-shop lead time, safety stock and sales window with product and
 * variant overrides, and the alerts raised when a variant's available stock falls to its point.
 * See docs/inventory.md, "Reorder points".
 */
package com.kaeru.api.replenishment;
