package com.kaeru.backend.inventory.infrastructure;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.inventory.domain.IncomingSupply;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Incoming supply as far as Kaeru knows it today: the restock date a shop system sent with the
 * variant ({@code variant.restock_date}, reference {@code catalog}). That date is the shop's
 * estimate, not a supplier's confirmation, so it is answered unconfirmed: the customer's first
 * notice says the date is being confirmed. Purchase orders (with their confirmed dates) join here
 * when the supply work lands; the earliest arrival wins.
 */
@ApplicationScoped
public class SqlIncomingSupply implements IncomingSupply {
    public static final String CATALOG = "catalog";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Arrival> nextArrival(long shopId, long variantId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select restock_date from variant where shop_id = ?1 and id = ?2 "
                        + "and restock_date >= ?3")
                .setParameter(1, shopId).setParameter(2, variantId).setParameter(3, today).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).findFirst()
                .map(SqlIncomingSupply::date)
                .map(date -> new Arrival(date, false, CATALOG));
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
