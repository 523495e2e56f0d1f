/**
 * Stock per location and its ledger: locations (warehouses), levels, movements, stocktakes (棚卸)
 * with their discrepancy report. Levels change only through movements; see docs/inventory.md.
 */
package com.kaeru.api.inventory;
