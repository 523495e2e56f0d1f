package com.kaeru.backend.catalog.infrastructure;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.catalog.domain.StockRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Stock as single SQL statements: {@code reserve} is a conditional update that PostgreSQL
 * serialises on the row, so concurrent requests for the last unit get exactly one success.
 */
@ApplicationScoped
public class SqlStockRepository implements StockRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public boolean setLevels(long shopId, long variantId, int sellable, Integer outlet) {
        List<?> current = em.createNativeQuery(
                        "select sellable, outlet from stock_level where shop_id = ?1 and variant_id = ?2 for update")
                .setParameter(1, shopId).setParameter(2, variantId).getResultList();
        if (current.isEmpty()) {
            em.createNativeQuery("insert into stock_level (variant_id, shop_id, sellable, outlet) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, variantId).setParameter(2, shopId).setParameter(3, sellable)
                    .setParameter(4, outlet == null ? 0 : outlet).executeUpdate();
            return true;
        }
        Object[] row = (Object[]) current.get(0);
        int oldSellable = ((Number) row[0]).intValue();
        int oldOutlet = ((Number) row[1]).intValue();
        int newOutlet = outlet == null ? oldOutlet : outlet;
        if (oldSellable == sellable && oldOutlet == newOutlet) {
            return false;
        }
        em.createNativeQuery("update stock_level set sellable = ?1, outlet = ?2, updated_at = now() "
                        + "where shop_id = ?3 and variant_id = ?4")
                .setParameter(1, sellable).setParameter(2, newOutlet).setParameter(3, shopId).setParameter(4, variantId)
                .executeUpdate();
        return true;
    }

    @Override
    public Map<Long, Integer> available(long shopId, Collection<Long> variantIds) {
        Map<Long, Integer> result = new HashMap<>();
        variantIds.forEach(id -> result.put(id, 0));
        if (variantIds.isEmpty()) {
            return result;
        }
        String ids = String.join(",", variantIds.stream().map(String::valueOf).toList());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select variant_id, sellable - reserved from stock_level "
                + "where shop_id = ?1 and variant_id = any (cast(?2 as bigint[]))")
                .setParameter(1, shopId).setParameter(2, "{" + ids + "}").getResultList();
        rows.forEach(r -> result.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return result;
    }

    @Override
    public boolean reserve(long shopId, long variantId, int quantity) {
        return em.createNativeQuery("update stock_level set reserved = reserved + ?1, updated_at = now() "
                        + "where shop_id = ?2 and variant_id = ?3 and sellable - reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, shopId).setParameter(3, variantId)
                .executeUpdate() == 1;
    }

    @Override
    public void release(long shopId, long variantId, int quantity) {
        em.createNativeQuery("update stock_level set reserved = greatest(reserved - ?1, 0), updated_at = now() "
                        + "where shop_id = ?2 and variant_id = ?3")
                .setParameter(1, quantity).setParameter(2, shopId).setParameter(3, variantId).executeUpdate();
    }

    @Override
    public void shipReserved(long shopId, long variantId, int quantity) {
        int updated = em.createNativeQuery("update stock_level set reserved = reserved - ?1, sellable = sellable - ?1, "
                        + "updated_at = now() where shop_id = ?2 and variant_id = ?3 and reserved >= ?1")
                .setParameter(1, quantity).setParameter(2, shopId).setParameter(3, variantId).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No reservation of " + quantity + " unit(s) to ship for variant " + variantId);
        }
    }

    @Override
    public void addSellable(long shopId, long variantId, int quantity) {
        upsertAdd(shopId, variantId, quantity, "sellable");
    }

    @Override
    public void addOutlet(long shopId, long variantId, int quantity) {
        upsertAdd(shopId, variantId, quantity, "outlet");
    }

    private void upsertAdd(long shopId, long variantId, int quantity, String column) {
        em.createNativeQuery("insert into stock_level (variant_id, shop_id, " + column + ") values (?1, ?2, ?3) "
                        + "on conflict (variant_id) do update set " + column + " = stock_level." + column
                        + " + excluded." + column + ", updated_at = now()")
                .setParameter(1, variantId).setParameter(2, shopId).setParameter(3, quantity).executeUpdate();
    }

    @Override
    public StockSnapshot snapshot(long shopId, long variantId) {
        List<?> rows = em.createNativeQuery("select sellable, outlet, reserved from stock_level "
                        + "where shop_id = ?1 and variant_id = ?2")
                .setParameter(1, shopId).setParameter(2, variantId).getResultList();
        if (rows.isEmpty()) {
            return new StockSnapshot(0, 0, 0);
        }
        Object[] r = (Object[]) rows.get(0);
        return new StockSnapshot(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue());
    }
}
