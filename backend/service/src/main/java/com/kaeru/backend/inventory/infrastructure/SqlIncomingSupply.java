package com.kaeru.backend.inventory.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.inventory.domain.IncomingSupply;
import com.kaeru.backend.inventory.domain.PurchaseOrders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Incoming supply as far as Kaeru knows it: open purchase orders ({@link PurchaseOrders#nextArrival},
 * their expected date, confirmed or not, and PO number) and the restock date a shop system sent with
 * the variant ({@code variant.restock_date}, reference {@code catalog}) — the shop's estimate, not a
 * supplier's confirmation, so answered unconfirmed (the first notice says the date is being
 * confirmed). The earliest arrival wins; on the same day a confirmed one.
 */
@ApplicationScoped
public class SqlIncomingSupply implements IncomingSupply {
    public static final String CATALOG = "catalog";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @jakarta.inject.Inject
    PurchaseOrders purchaseOrders;

    @Override
    public Optional<Arrival> nextArrival(long shopId, long variantId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select restock_date from variant where shop_id = ?1 and id = ?2 "
                        + "and restock_date >= ?3")
                .setParameter(1, shopId).setParameter(2, variantId).setParameter(3, today).getResultList();
        Optional<Arrival> catalog = rows.stream().filter(java.util.Objects::nonNull).findFirst()
                .map(SqlIncomingSupply::date)
                .map(date -> new Arrival(date, false, CATALOG));
        return java.util.stream.Stream.concat(purchaseOrders.nextArrival(shopId, variantId, today).stream(),
                        catalog.stream())
                .min(java.util.Comparator.comparing(Arrival::expectedDate)
                        .thenComparing(a -> !a.confirmed()));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
