/**
 * Catalog: products and their variants (SKU, size, colour, price, restock date), as the shop
 * system sends them. Stock per variant is the {@code inventory} capability's.
 */
package com.kaeru.backend.catalog;
