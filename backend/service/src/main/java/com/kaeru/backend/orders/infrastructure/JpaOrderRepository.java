package com.kaeru.backend.orders.infrastructure;

import java.util.Optional;

import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<CustomerOrder> findByExternalId(long shopId, String externalId) {
        return em.createQuery("select o from CustomerOrder o where o.shopId = :shop and o.externalId = :id",
                        CustomerOrder.class)
                .setParameter("shop", shopId).setParameter("id", externalId).getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findByOrderNumber(long shopId, String orderNumber) {
        return em.createQuery("select o from CustomerOrder o where o.shopId = :shop and o.orderNumber = :number",
                        CustomerOrder.class)
                .setParameter("shop", shopId).setParameter("number", orderNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<CustomerOrder> findById(long shopId, long orderId) {
        return em.createQuery("select o from CustomerOrder o where o.shopId = :shop and o.id = :id", CustomerOrder.class)
                .setParameter("shop", shopId).setParameter("id", orderId).getResultStream().findFirst();
    }

    @Override
    public java.util.Map<Long, CustomerOrder> findByIds(java.util.Collection<Long> shopIds,
                                                         java.util.Collection<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, CustomerOrder> found = new java.util.HashMap<>();
        em.createQuery("select o from CustomerOrder o where o.shopId in :shops and o.id in :ids", CustomerOrder.class)
                .setParameter("shops", java.util.List.copyOf(shopIds))
                .setParameter("ids", java.util.List.copyOf(orderIds))
                .getResultStream().forEach(o -> found.put(o.id(), o));
        return found;
    }

    @Override
    public void save(CustomerOrder order) {
        if (order.id() == null) {
            em.persist(order);
        }
        em.flush();
    }
}
