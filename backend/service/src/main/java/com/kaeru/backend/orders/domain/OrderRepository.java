package com.kaeru.backend.orders.domain;

import java.util.Optional;

/** Orders of one shop; every method takes the shop id. */
public interface OrderRepository {
    Optional<CustomerOrder> findByExternalId(long shopId, String externalId);

    Optional<CustomerOrder> findByOrderNumber(long shopId, String orderNumber);

    Optional<CustomerOrder> findById(long shopId, long orderId);

    void save(CustomerOrder order);
}
