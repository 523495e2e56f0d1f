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
    public void lockForChange(long shopId, long orderId) {
        em.createNativeQuery("select id from customer_order where shop_id = ?1 and id = ?2 for no key update")
                .setParameter(1, shopId).setParameter(2, orderId).getResultList();
    }

    @Override
    public java.util.Map<Long, Integer> unitsInReturns(long shopId, long orderId) {
        java.util.Map<Long, Integer> units = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("select id, units_in_returns from order_line where shop_id = ?1 "
                + "and order_id = ?2").setParameter(1, shopId).setParameter(2, orderId).getResultList()) {
            Object[] columns = (Object[]) row;
            units.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        return units;
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
