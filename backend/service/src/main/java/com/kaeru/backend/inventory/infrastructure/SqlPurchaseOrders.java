package com.kaeru.backend.inventory.infrastructure;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.inventory.domain.IncomingSupply;
import com.kaeru.backend.inventory.domain.PurchaseOrder;
import com.kaeru.backend.inventory.domain.PurchaseOrderStatus;
import com.kaeru.backend.inventory.domain.PurchaseOrders;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * Purchase orders in SQL (migration V98). Numbers come from the shop's {@code shop_counter} row
 * named {@code purchase_order}: purchase orders are placed by hand, so serialising a shop's
 * placements on that row costs nothing. The line CHECK {@code received <= ordered} is the
 * database's last word against over-receiving.
 */
@ApplicationScoped
public class SqlPurchaseOrders implements PurchaseOrders {
    private static final String HEAD = "select po.id, po.number, po.supplier, po.location_id, loc.code, po.expected_date, "
            + "po.confirmed, po.note, po.status, po.created_by, po.created_at, po.cancelled_by, po.cancelled_at "
            + "from purchase_order po join stock_location loc on loc.id = po.location_id ";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public String nextNumber(long shopId) {
        Object value = em.createNativeQuery("insert into shop_counter (shop_id, name, value) values (?1, 'purchase_order', 1) "
                        + "on conflict (shop_id, name) do update set value = shop_counter.value + 1 returning value")
                .setParameter(1, shopId).getSingleResult();
        return PurchaseOrder.number(((Number) value).longValue());
    }

    @Override
    public PurchaseOrder insert(long shopId, PurchaseOrder o, Instant now) {
        Object id = em.createNativeQuery("insert into purchase_order (shop_id, number, supplier, location_id, expected_date, "
                        + "confirmed, note, status, created_by, created_at, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as varchar), ?8, ?9, ?10, ?10) returning id")
                .setParameter(1, shopId).setParameter(2, o.number()).setParameter(3, o.supplier())
                .setParameter(4, o.locationId()).setParameter(5, Date.valueOf(o.expectedDate()))
                .setParameter(6, o.confirmed()).setParameter(7, o.note()).setParameter(8, o.status().name())
                .setParameter(9, o.createdBy()).setParameter(10, o.createdAt().atOffset(ZoneOffset.UTC))
                .getSingleResult();
        long poId = ((Number) id).longValue();
        int position = 0;
        for (PurchaseOrder.Line line : o.lines()) {
            em.createNativeQuery("insert into purchase_order_line (purchase_order_id, shop_id, position, variant_id, "
                            + "ordered, received) values (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, poId).setParameter(2, shopId).setParameter(3, position++)
                    .setParameter(4, line.variantId()).setParameter(5, line.ordered()).setParameter(6, line.received())
                    .executeUpdate();
        }
        return load(shopId, poId, "").orElseThrow();
    }

    @Override
    public Optional<PurchaseOrder> find(long shopId, String number) {
        return byNumber(shopId, number, "");
    }

    @Override
    public Optional<PurchaseOrder> lock(long shopId, String number) {
        return byNumber(shopId, number, " for update of po");
    }

    private Optional<PurchaseOrder> byNumber(long shopId, String number, String lock) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from purchase_order where shop_id = ?1 and upper(number) = upper(?2)")
                .setParameter(1, shopId).setParameter(2, number.strip()).getResultList();
        return ids.isEmpty() ? Optional.empty() : load(shopId, ((Number) ids.get(0)).longValue(), lock);
    }

    private Optional<PurchaseOrder> load(long shopId, long id, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery(HEAD + "where po.shop_id = ?1 and po.id = ?2" + lock)
                .setParameter(1, shopId).setParameter(2, id).getResultList();
        return heads.stream().findFirst().map(h -> order(shopId, h));
    }

    private PurchaseOrder order(long shopId, Object[] h) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.variant_id, v.sku, p.name_ja, p.name_en, l.ordered, l.received "
                        + "from purchase_order_line l join variant v on v.id = l.variant_id "
                        + "join product p on p.id = v.product_id where l.shop_id = ?1 and l.purchase_order_id = ?2 "
                        + "order by l.position")
                .setParameter(1, shopId).setParameter(2, num(h[0])).getResultList();
        List<PurchaseOrder.Line> lines = rows.stream().map(r -> new PurchaseOrder.Line(num(r[0]), (String) r[1],
                (String) r[2], (String) r[3], integer(r[4]), integer(r[5]))).toList();
        return new PurchaseOrder(num(h[0]), (String) h[1], (String) h[2], num(h[3]), (String) h[4], date(h[5]),
                (Boolean) h[6], (String) h[7], PurchaseOrderStatus.valueOf((String) h[8]), (String) h[9],
                SqlValues.instant(h[10]), (String) h[11], SqlValues.instant(h[12]), lines);
    }

    @Override
    public void update(long shopId, PurchaseOrder o, Instant now) {
        em.createNativeQuery("update purchase_order set expected_date = ?3, confirmed = ?4, status = ?5, "
                        + "cancelled_by = cast(?6 as varchar), cancelled_at = cast(?7 as timestamptz), updated_at = ?8 "
                        + "where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, o.id()).setParameter(3, Date.valueOf(o.expectedDate()))
                .setParameter(4, o.confirmed()).setParameter(5, o.status().name()).setParameter(6, o.cancelledBy())
                .setParameter(7, o.cancelledAt() == null ? null : o.cancelledAt().atOffset(ZoneOffset.UTC))
                .setParameter(8, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        for (PurchaseOrder.Line line : o.lines()) {
            em.createNativeQuery("update purchase_order_line set received = ?4 where shop_id = ?1 "
                            + "and purchase_order_id = ?2 and variant_id = ?3 and received <> ?4")
                    .setParameter(1, shopId).setParameter(2, o.id()).setParameter(3, line.variantId())
                    .setParameter(4, line.received()).executeUpdate();
        }
    }

    @Override
    public StockLedger.Page<PurchaseOrder> list(long shopId, Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder("where po.shop_id = ?1");
        List<Object> params = new ArrayList<>(List.of(shopId));
        if (filter.status() != null) {
            params.add(filter.status().name());
            where.append(" and po.status = ?").append(params.size());
        }
        if (filter.variantId() != null) {
            params.add(filter.variantId());
            where.append(" and exists (select 1 from purchase_order_line l where l.purchase_order_id = po.id "
                    + "and l.shop_id = po.shop_id and l.variant_id = ?").append(params.size()).append(")");
        }
        if (filter.overdueOn() != null) {
            params.add(Date.valueOf(filter.overdueOn()));
            where.append(" and po.status in ('OPEN', 'PARTIALLY_RECEIVED') and po.expected_date < ?").append(params.size());
        }
        long total = num(bind(em.createNativeQuery("select count(*) from purchase_order po " + where), params)
                .getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> heads = bind(em.createNativeQuery(HEAD + where + " order by po.created_at desc, po.id desc limit "
                + size + " offset " + (long) page * size), params).getResultList();
        return new StockLedger.Page<>(heads.stream().map(h -> order(shopId, h)).toList(), total);
    }

    @Override
    public Optional<String> receiptOf(long shopId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object> numbers = em.createNativeQuery("select po.number from purchase_order_receipt r "
                        + "join purchase_order po on po.id = r.purchase_order_id "
                        + "where r.shop_id = ?1 and r.idempotency_key = ?2")
                .setParameter(1, shopId).setParameter(2, idempotencyKey).getResultList();
        return numbers.stream().findFirst().map(String.class::cast);
    }

    @Override
    public void saveReceipt(long shopId, long purchaseOrderId, String idempotencyKey, int units, String receivedBy,
                            Instant receivedAt) {
        em.createNativeQuery("insert into purchase_order_receipt (shop_id, purchase_order_id, idempotency_key, units, "
                        + "received_by, received_at) values (?1, ?2, cast(?3 as varchar), ?4, ?5, ?6)")
                .setParameter(1, shopId).setParameter(2, purchaseOrderId).setParameter(3, idempotencyKey)
                .setParameter(4, units).setParameter(5, receivedBy).setParameter(6, receivedAt.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    @Override
    public Optional<IncomingSupply.Arrival> nextArrival(long shopId, long variantId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select po.expected_date, po.confirmed, po.number from purchase_order po "
                        + "join purchase_order_line l on l.purchase_order_id = po.id and l.shop_id = po.shop_id "
                        + "where po.shop_id = ?1 and l.variant_id = ?2 and l.received < l.ordered "
                        + "and po.status in ('OPEN', 'PARTIALLY_RECEIVED') and po.expected_date >= ?3 "
                        + "order by po.expected_date, po.confirmed desc, po.id limit 1")
                .setParameter(1, shopId).setParameter(2, variantId).setParameter(3, Date.valueOf(today)).getResultList();
        return rows.stream().findFirst().map(r -> new IncomingSupply.Arrival(date(r[0]), (Boolean) r[1], (String) r[2]));
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        return ((Date) value).toLocalDate();
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }
}
