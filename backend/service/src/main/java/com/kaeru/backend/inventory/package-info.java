/**
 * Inventory: the stock ledger. Stock per variant per location (sellable, outlet, reserved,
 * incoming) changes only through movements with a cause, an actor and a reference; the database
 * applies each movement to its level in the same statement (migration V95), so levels and the
 * ledger cannot disagree. Depends on nothing but the platform, so the returns workflow can use it
 * without a capability cycle; the staff and integrator use cases on top are in {@code warehouse}.
 * Rules: docs/inventory.md.
 */
package com.kaeru.backend.inventory;
