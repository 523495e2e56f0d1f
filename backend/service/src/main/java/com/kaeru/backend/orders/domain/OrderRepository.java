package com.kaeru.backend.orders.domain;

import java.util.Optional;

/** Orders of one shop; every method takes the shop id. */
public interface OrderRepository {
    Optional<CustomerOrder> findByExternalId(long shopId, String externalId);

    Optional<CustomerOrder> findByOrderNumber(long shopId, String orderNumber);

    Optional<CustomerOrder> findById(long shopId, long orderId);

    /** The orders with these ids in these shops, by id: one query for a list's worth of orders. */
    java.util.Map<Long, CustomerOrder> findByIds(java.util.Collection<Long> shopIds, java.util.Collection<Long> orderIds);

    /**
     * Takes the order's row lock until the transaction ends: whatever reads the units still
     * returnable and then files a return (or changes the lines) runs one at a time per order.
     * {@code FOR NO KEY UPDATE}, so rows that merely reference the order are not blocked.
     */
    void lockForChange(long shopId, long orderId);

    /** Per order-line id, the units held by live returns (kept by the database, migration V83). */
    java.util.Map<Long, Integer> unitsInReturns(long shopId, long orderId);

    void save(CustomerOrder order);
}
