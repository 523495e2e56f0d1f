package com.kaeru.backend.orders.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Set-based upsert of many orders of one shop (a large CSV import): the same rows as {@link CustomerOrder#update}
 * and {@link CustomerOrder#putLine} would store, written with a few multi-row statements per thousand orders
 * instead of several round trips per order. Rows whose values do not change are not touched (their
 * {@code updated_at} stays), so importing the same file twice changes nothing. The caller validates first and holds
 * the shop's order-key locks.
 */
public interface OrderBulkWriter {

    /** For these order numbers: the external id of the order that owns each (numbers no order has are absent). */
    Map<String, String> ownersOfOrderNumbers(long shopId, Collection<String> orderNumbers);

    /**
     * Locks the existing orders among these external ids ({@code FOR NO KEY UPDATE}, like
     * {@link OrderRepository#lockForChange}) and returns, per external id, line number → units held by live returns
     * (only lines with units in returns).
     */
    Map<String, Map<Integer, Integer>> lockAndReadUnitsInReturns(long shopId, Collection<String> externalIds);

    /**
     * Inserts or updates the orders and their lines (lines not in a row are kept, as {@code putLine} does).
     *
     * @return the external ids created and the ones whose header or lines changed
     */
    Outcome upsert(long shopId, String currency, List<Row> orders);

    /** One order as the channel sent it, SKUs already resolved to variant ids. */
    record Row(String externalId, String orderNumber, SalesChannel channel, CustomerOrder.Customer customer,
            CustomerOrder.ShippingAddress address, long orderDiscountMinor, long shippingFeeMinor, Instant orderedAt,
            Instant shippedAt, Instant deliveredAt, List<Line> lines) {
    }

    /** One line of a {@link Row}. */
    record Line(int lineNo, long variantId, int quantity, long unitPriceMinor, long lineDiscountMinor, long taxMinor) {
    }

    /** What the upsert did. */
    record Outcome(Set<String> created, Set<String> changed) {
    }
}
