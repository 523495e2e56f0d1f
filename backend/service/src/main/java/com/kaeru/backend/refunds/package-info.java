/**
 * Refunds: money back through digital methods only (original payment, store credit, gift code),
 * never a manual bank transfer. Every refund has an idempotency key, unique per shop in the
 * database: retries and concurrent calls pay at most once. Refunds above the shop's limit wait
 * for a manager who is not the person who triggered them. Refunds know nothing of returns or
 * shops beyond the facts passed in ({@code RefundedReturn}, {@code RefundingShop}): returns
 * depends on refunds, never the other way round.
 */
package com.kaeru.backend.refunds;
