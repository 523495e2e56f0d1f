/**
 * Catalog: products, their variants (SKU, size, colour, price) and stock per variant
 * (sellable, outlet, reserved for exchanges). Stock moves are single atomic SQL updates guarded by
 * check constraints, so the last unit can never be given out twice.
 */
package com.kaeru.backend.catalog;
