/**
 * Storefront money: what a customer can spend after a refund. Store credit is a ledger per
 * customer (credits from refunds, negative entries for redemptions) with a balance row that only
 * the ledger changes and that PostgreSQL keeps at or above zero (V210); gift codes are spent whole,
 * once. The shop's systems redeem both through the API with an Idempotency-Key, so a retried call
 * never spends twice. Issuing happens in {@code refunds} (the store-credit and gift-code providers).
 */
package com.kaeru.backend.credit;
