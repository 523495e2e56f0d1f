/**
 * Storefront money: a customer's store-credit balance and its ledger, spent by the shop's systems
 * through redemptions that never overdraw it, and gift codes redeemed once for an order; see
 * docs/storefront-money.md.
 */
package com.kaeru.api.credit;
