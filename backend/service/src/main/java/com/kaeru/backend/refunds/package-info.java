/**
 * Refunds: money back through digital methods only (original payment, store credit, gift code),
 * never a manual bank transfer. Every refund has an idempotency key, unique per shop in the
 * database: retries and concurrent calls pay at most once. Refunds above the shop's limit wait
 * for a manager who is not the person who triggered them.
 */
package com.kaeru.backend.refunds;
