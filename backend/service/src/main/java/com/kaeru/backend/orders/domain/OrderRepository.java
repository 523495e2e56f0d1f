package com.kaeru.backend.orders.domain;

import java.util.Optional;

/** Orders of one shop; every method takes the shop id. */
public interface OrderRepository {
    Optional<CustomerOrder> findByExternalId(long shopId, String externalId);

    Optional<CustomerOrder> findByOrderNumber(long shopId, String orderNumber);

    Optional<CustomerOrder> findById(long shopId, long orderId);

    /** The orders with these ids in these shops, by id: one query for a list's worth of orders. */
    java.util.Map<Long, CustomerOrder> findByIds(java.util.Collection<Long> shopIds, java.util.Collection<Long> orderIds);

    void save(CustomerOrder order);
}
