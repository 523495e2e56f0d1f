package com.kaeru.backend.orders.domain;

import java.time.Instant;
import java.util.Set;

/**
 * Fired (synchronously, in the writing transaction) after orders of a shop were created or changed, with
 * the order dates and the customers' e-mails they had before and have now: what reports by order date and
 * per customer must recompute.
 */
public record OrdersWritten(long shopId, Set<Instant> orderedAt, Set<String> customerEmails) {
}
