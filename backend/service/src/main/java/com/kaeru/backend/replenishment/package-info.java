/**
 * Replenishment: reorder points (発注点) and their alerts. Per variant, average daily sales over the
 * shop's window (orders), units owed to backordered exchanges (returns, read in SQL only through
 * {@code backorder_demand()}), lead time and safety stock (shop defaults, product and variant
 * overrides) give a point; a variant whose available stock (inventory) is at or below it raises an
 * alert, listed in the console, exported as CSV and mailed to the shop's managers once a day.
 * Sits in the tier of {@code warehouse}: it composes the ledger, orders, the catalog, access, the
 * outbox and the team directory (for the managers' addresses). See docs/inventory.md.
 */
package com.kaeru.backend.replenishment;
