package com.kaeru.backend.inventory.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.kaeru.backend.inventory.domain.Deltas;
import com.kaeru.backend.inventory.domain.Level;
import com.kaeru.backend.inventory.domain.Location;
import com.kaeru.backend.inventory.domain.Movement;
import com.kaeru.backend.inventory.domain.MovementCause;
import com.kaeru.backend.inventory.domain.MovementContext;
import com.kaeru.backend.inventory.domain.StockChangeListener;
import com.kaeru.backend.inventory.domain.StockLedger;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.inventory.domain.Stocktake;
import com.kaeru.backend.inventory.domain.SyncRule;
import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The ledger in SQL. Units change only by inserting into {@code stock_movement}; the V95 trigger
 * applies the row to {@code stock_level} in the same statement, and the application role has no
 * right to change a level's units any other way. Decisions that depend on the current level
 * (reserve, ship, release, sync, stocktake) first lock the level row ({@link #lock}), so concurrent
 * writers queue on it and each decides on what the one before left.
 */
@ApplicationScoped
public class SqlStockLedger implements StockLedger, StockRepository {
    private static final String MOVEMENT_COLUMNS = "m.id, m.shop_id, m.location_id, loc.code, m.variant_id, v.sku, "
            + "m.cause, m.actor, m.reference, m.reason, m.sellable_delta, m.outlet_delta, m.reserved_delta, "
            + "m.incoming_delta, m.as_of, m.occurred_at";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    @Any
    Instance<StockChangeListener> listeners;

    // --- locations

    @Override
    public List<Location> locations(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, shop_id, code, name, is_default from stock_location "
                + "where shop_id = ?1 order by is_default desc, code").setParameter(1, shopId).getResultList();
        return rows.stream().map(SqlStockLedger::location).toList();
    }

    @Override
    public Optional<Location> location(long shopId, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, shop_id, code, name, is_default from stock_location "
                + "where shop_id = ?1 and lower(code) = lower(?2)").setParameter(1, shopId).setParameter(2, code)
                .getResultList();
        return rows.stream().findFirst().map(SqlStockLedger::location);
    }

    @Override
    public Location defaultLocation(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, shop_id, code, name, is_default from stock_location "
                + "where shop_id = ?1 and is_default").setParameter(1, shopId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Shop " + shopId + " has no default location (V95 creates one per shop)");
        }
        return location(rows.get(0));
    }

    @Override
    public Optional<Location> addLocation(long shopId, String code, String name) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("insert into stock_location (shop_id, code, name) values (?1, ?2, ?3) "
                        + "on conflict (shop_id, code) do nothing returning id, shop_id, code, name, is_default")
                .setParameter(1, shopId).setParameter(2, code).setParameter(3, name).getResultList();
        return rows.stream().findFirst().map(SqlStockLedger::location);
    }

    private static Location location(Object[] r) {
        return new Location(num(r[0]), num(r[1]), (String) r[2], (String) r[3], (Boolean) r[4]);
    }

    // --- levels and movements

    @Override
    public Level lock(long shopId, long locationId, long variantId) {
        // An all-zero row is the only level the application may insert itself (column privileges, V95).
        em.createNativeQuery("insert into stock_level (variant_id, location_id, shop_id) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, variantId).setParameter(2, locationId).setParameter(3, shopId).executeUpdate();
        return readLevel(shopId, locationId, variantId, " for update");
    }

    @Override
    public Level level(long shopId, long locationId, long variantId) {
        return readLevel(shopId, locationId, variantId, "");
    }

    private Level readLevel(long shopId, long locationId, long variantId, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sellable, outlet, reserved, incoming from stock_level "
                        + "where shop_id = ?1 and location_id = ?2 and variant_id = ?3" + lock)
                .setParameter(1, shopId).setParameter(2, locationId).setParameter(3, variantId).getResultList();
        return rows.isEmpty() ? Level.EMPTY : level(rows.get(0), 0);
    }

    private static Level level(Object[] r, int from) {
        return new Level(integer(r[from]), integer(r[from + 1]), integer(r[from + 2]), integer(r[from + 3]));
    }

    @Override
    public Movement post(long shopId, long locationId, long variantId, MovementCause cause, Deltas deltas,
                         MovementContext context, String reason, Instant asOf) {
        Object id = em.createNativeQuery("insert into stock_movement (shop_id, location_id, variant_id, cause, actor, "
                        + "reference, reason, sellable_delta, outlet_delta, reserved_delta, incoming_delta, as_of, "
                        + "occurred_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, cast(?12 as timestamptz), "
                        + "clock_timestamp()) returning id")
                .setParameter(1, shopId).setParameter(2, locationId).setParameter(3, variantId)
                .setParameter(4, cause.name()).setParameter(5, context.actor()).setParameter(6, context.reference())
                .setParameter(7, reason).setParameter(8, deltas.sellable()).setParameter(9, deltas.outlet())
                .setParameter(10, deltas.reserved()).setParameter(11, deltas.incoming())
                .setParameter(12, asOf == null ? null : asOf.atOffset(ZoneOffset.UTC))
                .getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + MOVEMENT_COLUMNS + ", l.sellable, l.outlet, l.reserved, "
                        + "l.incoming from stock_movement m join variant v on v.id = m.variant_id "
                        + "join stock_location loc on loc.id = m.location_id "
                        + "join stock_level l on l.location_id = m.location_id and l.variant_id = m.variant_id "
                        + "where m.shop_id = ?1 and m.id = ?2")
                .setParameter(1, shopId).setParameter(2, num(id)).getResultList();
        Movement movement = movement(rows.get(0), level(rows.get(0), 16));
        if (!deltas.isZero()) {
            listeners.forEach(l -> l.changed(movement));
        }
        return movement;
    }

    private static Movement movement(Object[] r, Level after) {
        return new Movement(num(r[0]), num(r[1]), num(r[2]), (String) r[3], num(r[4]), (String) r[5],
                MovementCause.valueOf((String) r[6]), (String) r[7], (String) r[8], (String) r[9],
                new Deltas(integer(r[10]), integer(r[11]), integer(r[12]), integer(r[13])),
                SqlValues.instant(r[14]), SqlValues.instant(r[15]), after);
    }

    @Override
    public Instant latestSyncAsOf(long shopId, long locationId, long variantId) {
        Object latest = em.createNativeQuery("select max(as_of) from stock_movement where shop_id = ?1 "
                        + "and location_id = ?2 and variant_id = ?3 and cause = 'SYNC'")
                .setParameter(1, shopId).setParameter(2, locationId).setParameter(3, variantId).getSingleResult();
        return SqlValues.instant(latest);
    }

    @Override
    public Deltas movedSince(long shopId, long locationId, long variantId, Instant instant) {
        Object[] r = (Object[]) em.createNativeQuery("select coalesce(sum(sellable_delta), 0), "
                        + "coalesce(sum(outlet_delta), 0), coalesce(sum(reserved_delta), 0), "
                        + "coalesce(sum(incoming_delta), 0) from stock_movement where shop_id = ?1 and location_id = ?2 "
                        + "and variant_id = ?3 and cause <> 'SYNC' and occurred_at > ?4")
                .setParameter(1, shopId).setParameter(2, locationId).setParameter(3, variantId)
                .setParameter(4, instant.atOffset(ZoneOffset.UTC)).getSingleResult();
        return new Deltas(integer(r[0]), integer(r[1]), integer(r[2]), integer(r[3]));
    }

    @Override
    public Page<LevelRow> levels(long shopId, LevelFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" from stock_level l join variant v on v.id = l.variant_id "
                + "join product p on p.id = v.product_id join stock_location loc on loc.id = l.location_id "
                + "where l.shop_id = ?1");
        List<Object> params = new ArrayList<>(List.of(shopId));
        if (filter.locationId() != null) {
            params.add(filter.locationId());
            where.append(" and l.location_id = ?").append(params.size());
        }
        if (filter.variantId() != null) {
            params.add(filter.variantId());
            where.append(" and l.variant_id = ?").append(params.size());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            String q = filter.query().strip();
            params.add(likeEscape(q.toLowerCase(java.util.Locale.ROOT)) + "%");
            int prefix = params.size();
            params.add("%" + likeEscape(q) + "%");
            where.append(" and (lower(v.sku) like ?").append(prefix).append(" or p.name_ja like ?")
                    .append(params.size()).append(" or p.name_en ilike ?").append(params.size()).append(")");
        }
        long total = num(bind(em.createNativeQuery("select count(*)" + where), params).getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select l.variant_id, v.sku, p.name_ja, p.name_en, v.size, "
                + "v.color, loc.code, l.sellable, l.outlet, l.reserved, l.incoming, l.updated_at" + where
                + " order by v.sku, loc.is_default desc, loc.code limit " + size + " offset " + (long) page * size), params)
                .getResultList();
        return new Page<>(rows.stream().map(r -> new LevelRow(num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], (String) r[6], level(r, 7), SqlValues.instant(r[11]))).toList(), total);
    }

    @Override
    public Page<Movement> movements(long shopId, MovementFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" from stock_movement m join variant v on v.id = m.variant_id "
                + "join stock_location loc on loc.id = m.location_id where m.shop_id = ?1");
        List<Object> params = new ArrayList<>(List.of(shopId));
        if (filter.variantId() != null) {
            params.add(filter.variantId());
            where.append(" and m.variant_id = ?").append(params.size());
        }
        if (filter.locationId() != null) {
            params.add(filter.locationId());
            where.append(" and m.location_id = ?").append(params.size());
        }
        if (filter.cause() != null) {
            params.add(filter.cause().name());
            where.append(" and m.cause = ?").append(params.size());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            params.add(filter.reference().strip());
            where.append(" and m.reference = ?").append(params.size());
        }
        long total = num(bind(em.createNativeQuery("select count(*)" + where), params).getSingleResult());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("select " + MOVEMENT_COLUMNS + where
                + " order by m.occurred_at desc, m.id desc limit " + size + " offset " + (long) page * size), params)
                .getResultList();
        return new Page<>(rows.stream().map(r -> movement(r, null)).toList(), total);
    }

    // --- stocktakes

    @Override
    public long saveStocktake(long shopId, long locationId, String note, String countedBy, Instant countedAt,
                              List<Stocktake.Line> lines) {
        long id = num(em.createNativeQuery("insert into stocktake (shop_id, location_id, note, counted_by, counted_at) "
                        + "values (?1, ?2, cast(?3 as varchar), ?4, ?5) returning id")
                .setParameter(1, shopId).setParameter(2, locationId).setParameter(3, note).setParameter(4, countedBy)
                .setParameter(5, countedAt.atOffset(ZoneOffset.UTC)).getSingleResult());
        for (Stocktake.Line line : lines) {
            em.createNativeQuery("insert into stocktake_line (stocktake_id, shop_id, variant_id, counted_sellable, "
                            + "counted_outlet, booked_sellable, booked_outlet) "
                            + "values (?1, ?2, ?3, ?4, cast(?5 as integer), ?6, ?7)")
                    .setParameter(1, id).setParameter(2, shopId).setParameter(3, line.variantId())
                    .setParameter(4, line.countedSellable()).setParameter(5, line.countedOutlet())
                    .setParameter(6, line.bookedSellable()).setParameter(7, line.bookedOutlet()).executeUpdate();
        }
        return id;
    }

    @Override
    public Optional<Stocktake> stocktake(long shopId, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> heads = em.createNativeQuery("select s.id, s.location_id, loc.code, s.status, s.note, "
                        + "s.counted_by, s.counted_at, s.posted_by, s.posted_at, s.reason from stocktake s "
                        + "join stock_location loc on loc.id = s.location_id where s.shop_id = ?1 and s.id = ?2")
                .setParameter(1, shopId).setParameter(2, id).getResultList();
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = heads.get(0);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.variant_id, v.sku, p.name_ja, p.name_en, "
                        + "l.counted_sellable, l.counted_outlet, l.booked_sellable, l.booked_outlet from stocktake_line l "
                        + "join variant v on v.id = l.variant_id join product p on p.id = v.product_id "
                        + "where l.shop_id = ?1 and l.stocktake_id = ?2 order by v.sku")
                .setParameter(1, shopId).setParameter(2, id).getResultList();
        List<Stocktake.Line> lines = rows.stream().map(r -> new Stocktake.Line(num(r[0]), (String) r[1], (String) r[2],
                (String) r[3], integer(r[4]), r[5] == null ? null : integer(r[5]), integer(r[6]), integer(r[7]))).toList();
        return Optional.of(new Stocktake(num(h[0]), num(h[1]), (String) h[2], "POSTED".equals(h[3]), (String) h[4],
                (String) h[5], SqlValues.instant(h[6]), (String) h[7], SqlValues.instant(h[8]), (String) h[9], lines));
    }

    @Override
    public boolean markPosted(long shopId, long id, String postedBy, Instant postedAt, String reason) {
        // The status condition makes two concurrent postings of one stocktake post once.
        return em.createNativeQuery("update stocktake set status = 'POSTED', posted_by = ?3, posted_at = ?4, reason = ?5 "
                        + "where shop_id = ?1 and id = ?2 and status = 'COUNTED'")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, postedBy)
                .setParameter(4, postedAt.atOffset(ZoneOffset.UTC)).setParameter(5, reason).executeUpdate() == 1;
    }

    // --- StockRepository: the default location, for the returns workflow and the portal

    @Override
    public boolean setLevels(long shopId, long variantId, int sellable, Integer outlet, MovementContext context) {
        long location = defaultLocation(shopId).id();
        Level current = lock(shopId, location, variantId);
        SyncRule.Outcome outcome = SyncRule.apply(current, sellable, outlet, null,
                latestSyncAsOf(shopId, location, variantId), Deltas.NONE, Instant.now());
        if (!(outcome instanceof SyncRule.Apply apply)) {
            throw new IllegalStateException("Sync refused: " + outcome);
        }
        if (apply.deltas().isZero()) {
            return false;
        }
        post(shopId, location, variantId, MovementCause.SYNC, apply.deltas(), context, null, Instant.now());
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
        List<Object[]> rows = em.createNativeQuery("select l.variant_id, l.sellable - l.reserved from stock_level l "
                        + "join stock_location loc on loc.id = l.location_id and loc.is_default "
                        + "where l.shop_id = ?1 and l.variant_id = any (cast(?2 as bigint[]))")
                .setParameter(1, shopId).setParameter(2, "{" + ids + "}").getResultList();
        rows.forEach(r -> result.put(num(r[0]), integer(r[1])));
        return result;
    }

    @Override
    public boolean reserve(long shopId, long variantId, int quantity, MovementContext context) {
        long location = defaultLocation(shopId).id();
        if (lock(shopId, location, variantId).available() < quantity) {
            return false;
        }
        post(shopId, location, variantId, MovementCause.RESERVATION, Deltas.reserved(quantity), context, null, null);
        return true;
    }

    @Override
    public void release(long shopId, long variantId, int quantity, MovementContext context) {
        long location = defaultLocation(shopId).id();
        int releasable = Math.min(quantity, lock(shopId, location, variantId).reserved());
        if (releasable > 0) {
            post(shopId, location, variantId, MovementCause.RELEASE, Deltas.reserved(-releasable), context, null, null);
        }
    }

    @Override
    public void shipReserved(long shopId, long variantId, int quantity, MovementContext context) {
        long location = defaultLocation(shopId).id();
        if (lock(shopId, location, variantId).reserved() < quantity) {
            throw new IllegalStateException("No reservation of " + quantity + " unit(s) to ship for variant " + variantId);
        }
        post(shopId, location, variantId, MovementCause.EXCHANGE_SHIPMENT, new Deltas(-quantity, 0, -quantity, 0),
                context, null, null);
    }

    @Override
    public void addSellable(long shopId, long variantId, int quantity, MovementContext context) {
        add(shopId, variantId, MovementCause.GRADE_A, Deltas.sellable(quantity), context);
    }

    @Override
    public void addOutlet(long shopId, long variantId, int quantity, MovementContext context) {
        add(shopId, variantId, MovementCause.GRADE_B, Deltas.outlet(quantity), context);
    }

    private void add(long shopId, long variantId, MovementCause cause, Deltas deltas, MovementContext context) {
        if (deltas.isZero()) {
            return;
        }
        long location = defaultLocation(shopId).id();
        lock(shopId, location, variantId);
        post(shopId, location, variantId, cause, deltas, context, null, null);
    }

    @Override
    public StockSnapshot snapshot(long shopId, long variantId) {
        Level level = level(shopId, defaultLocation(shopId).id(), variantId);
        return new StockSnapshot(level.sellable(), level.outlet(), level.reserved());
    }

    // --- helpers

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static long num(Object value) {
        return ((Number) value).longValue();
    }

    private static int integer(Object value) {
        return ((Number) value).intValue();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
