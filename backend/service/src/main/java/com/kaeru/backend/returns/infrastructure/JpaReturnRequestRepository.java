package com.kaeru.backend.returns.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

@ApplicationScoped
public class JpaReturnRequestRepository implements ReturnRequestRepository {
    /** Requests in these states no longer hold units of their order lines. */
    private static final List<ReturnStatus> DEAD = java.util.Arrays.stream(ReturnStatus.values())
            .filter(s -> !s.holdsUnits()).toList();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<ReturnRequest> findByRma(long shopId, String rmaNumber) {
        return byRma(shopId, rmaNumber).getResultStream().findFirst();
    }

    @Override
    public Optional<ReturnRequest> findByRmaForUpdate(long shopId, String rmaNumber) {
        return byRma(shopId, rmaNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<ReturnRequest> findByIdForUpdate(long shopId, long returnId) {
        return em.createQuery("select r from ReturnRequest r where r.shopId = :shop and r.id = :id", ReturnRequest.class)
                .setParameter("shop", shopId).setParameter("id", returnId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    private TypedQuery<ReturnRequest> byRma(long shopId, String rmaNumber) {
        return em.createQuery("select r from ReturnRequest r where r.shopId = :shop and r.rmaNumber = :rma",
                        ReturnRequest.class)
                .setParameter("shop", shopId).setParameter("rma", rmaNumber);
    }

    @Override
    public List<ReturnRequest> findByOrder(long shopId, long orderId) {
        return withLines(em.createQuery("select r from ReturnRequest r where r.shopId = :shop and r.orderId = :order "
                        + "order by r.createdAt", ReturnRequest.class))
                .setParameter("shop", shopId).setParameter("order", orderId).getResultList();
    }

    @Override
    public Map<Long, Integer> unitsRequested(long shopId, long orderId) {
        List<Object[]> rows = em.createQuery("select l.orderLineId, sum(l.quantity) from ReturnLine l "
                        + "where l.shopId = :shop and l.request.orderId = :order and l.request.status not in :dead "
                        + "group by l.orderLineId", Object[].class)
                .setParameter("shop", shopId).setParameter("order", orderId).setParameter("dead", DEAD)
                .getResultList();
        Map<Long, Integer> units = new HashMap<>();
        rows.forEach(r -> units.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return units;
    }

    @Override
    public int countByCustomerSince(long shopId, String email, Instant since) {
        return em.createQuery("select count(r) from ReturnRequest r where r.shopId = :shop "
                        + "and r.customerEmailKey = :email and r.createdAt >= :since", Long.class)
                .setParameter("shop", shopId).setParameter("email", email.toLowerCase(java.util.Locale.ROOT))
                .setParameter("since", since).getSingleResult().intValue();
    }

    /**
     * Two steps: the page's ids from SQL written for the indexes (see {@link QueueSql}), then those
     * requests with their lines (one IN batch), in the page's order.
     */
    @Override
    public List<ReturnRequest> search(Collection<Long> shopIds, ReturnFilter filter, Instant now, int offset,
                                      int limit) {
        QueueSql sql = QueueSql.of(shopIds, filter, now,
                new QueuePlan(fewLinesWithReason(shopIds, filter), offset + limit <= PAGE_WALK && commonName(shopIds, filter)));
        List<Object> params = new ArrayList<>(sql.params());
        String page = "select r.id from return_request r where " + sql.where()
                + " order by r.created_at desc, r.id desc limit " + QueueSql.mark(params, limit)
                + " offset " + QueueSql.mark(params, offset);
        List<Long> ids = ids(bind(em.createNativeQuery(page), params).getResultList());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReturnRequest> found = new HashMap<>();
        withLines(em.createQuery("select r from ReturnRequest r where r.shopId in :shops and r.id in :ids",
                        ReturnRequest.class))
                .setParameter("shops", List.copyOf(shopIds)).setParameter("ids", ids)
                .getResultStream().forEach(r -> found.put(r.id(), r));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public long count(Collection<Long> shopIds, ReturnFilter filter, Instant now, long cap) {
        QueueSql sql = QueueSql.of(shopIds, filter, now, new QueuePlan(fewLinesWithReason(shopIds, filter), false));
        List<Object> params = new ArrayList<>(sql.params());
        String count = "select count(*) from (select 1 from return_request r where " + sql.where()
                + " limit " + QueueSql.mark(params, cap + 1) + ") matches";
        return ((Number) bind(em.createNativeQuery(count), params).getSingleResult()).longValue();
    }

    /**
     * Where the statistics hidden by row-level security would have led the planner.
     *
     * @param fewReasonLines    the filter's reasons have few lines: take their requests by id
     * @param walkNewestForName the customer's name is common: walk the requests newest first and
     *                          keep those of matching orders, instead of sorting every match
     */
    record QueuePlan(boolean fewReasonLines, boolean walkNewestForName) {
    }

    /** A name with more orders than this is common: a page of its newest requests is near the top. */
    static final int COMMON_NAME_ORDERS = 2_000;
    /** Pages up to this far down walk the newest requests for a common name; deeper ones sort the matches. */
    static final int PAGE_WALK = 1_000;

    /**
     * Whether the search is a name that many orders of these shops carry (佐藤 is on 13 % of them):
     * counted from the name keys' index, stopping at {@link #COMMON_NAME_ORDERS}.
     */
    private boolean commonName(Collection<Long> shopIds, ReturnFilter filter) {
        if (!QueueSql.isNameSearch(filter.query())) {
            return false;
        }
        List<String> words = CustomerNameSearch.words(filter.query());
        if (words.isEmpty()) {
            return false;
        }
        List<Object> params = new ArrayList<>();
        String keys = "select 1 from customer_name_key k where k.shop_id in (" + QueueSql.marks(params, shopIds)
                + ") and " + QueueSql.keyRange(params, words.get(0));
        return countUpTo(keys, params, COMMON_NAME_ORDERS + 1) > COMMON_NAME_ORDERS;
    }

    /** How many rows {@code select} gives, counting no further than {@code limit}. */
    private long countUpTo(String select, List<Object> params, int limit) {
        String sql = "select count(*) from (" + select + " limit " + QueueSql.mark(params, limit) + ") counted";
        return ((Number) bind(em.createNativeQuery(sql), params).getSingleResult()).longValue();
    }

    /** Above this many lines, a reason is common enough that probing requests beats listing its lines. */
    static final int FEW_REASON_LINES = 20_000;

    /**
     * Whether the filter's reasons are rare across several shops (an agency's queue): then their
     * requests are best found from the lines' side. Row-level security hides the statistics the
     * planner would need to see this (it sorted all 163,000 requests of an agency to find 6,000),
     * so the lines are counted first, from their index, stopping at {@link #FEW_REASON_LINES}.
     */
    private boolean fewLinesWithReason(Collection<Long> shopIds, ReturnFilter filter) {
        if (shopIds.size() < 2 || filter.reasonCodes().isEmpty()) {
            return false;
        }
        List<Object> params = new ArrayList<>();
        String lines = "select 1 from return_line l where l.shop_id in (" + QueueSql.marks(params, shopIds)
                + ") and l.reason_code in (" + QueueSql.marks(params, filter.reasonCodes().stream().sorted().toList()) + ")";
        return countUpTo(lines, params, FEW_REASON_LINES + 1) <= FEW_REASON_LINES;
    }

    /**
     * Lists show each request's units: load the lines of all listed requests in one extra query
     * (IN batch) instead of one query per request.
     */
    private static TypedQuery<ReturnRequest> withLines(TypedQuery<ReturnRequest> query) {
        return query.setHint("eclipselink.batch", "r.lines").setHint("eclipselink.batch.type", "IN");
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(v -> ((Number) v).longValue()).toList();
    }

    /**
     * The queue's WHERE clause in SQL, with its positional parameters. Every condition is a plain
     * comparison on a stored column: under FORCEd row-level security only LEAKPROOF conditions may
     * become index conditions (V60); the customer's name is searched through its stored search
     * keys (V80).
     */
    record QueueSql(String where, List<Object> params) {
        static QueueSql of(Collection<Long> shopIds, ReturnFilter filter, Instant now, QueuePlan plan) {
            if (shopIds.isEmpty()) {
                throw new IllegalArgumentException("no shop");
            }
            List<Object> p = new ArrayList<>();
            StringBuilder w = new StringBuilder("r.shop_id in (").append(marks(p, shopIds)).append(')');
            if (!filter.statuses().isEmpty()) {
                w.append(" and r.status in (").append(marks(p, filter.statuses().stream().map(Enum::name)
                        .sorted().toList())).append(')');
            }
            if (filter.query() != null) {
                search(w, p, shopIds, filter.query(), plan.walkNewestForName());
            }
            if (filter.overdueOnly()) {
                w.append(" and r.refund_due_at < ").append(mark(p, time(now))).append(" and r.completed_at is null");
            }
            if (!filter.reasonCodes().isEmpty() && plan.fewReasonLines()) {
                // The requests of a few lines by primary key: an index condition, evaluated once.
                w.append(" and r.id = any(array(select l.return_id from return_line l where l.shop_id in (")
                        .append(marks(p, shopIds)).append(") and l.reason_code in (")
                        .append(marks(p, filter.reasonCodes().stream().sorted().toList())).append(")))");
            } else if (!filter.reasonCodes().isEmpty()) {
                // Naming the shops lets a rare reason be found from the lines' side (V62) instead of
                // probing every request of a large shop.
                w.append(" and exists (select 1 from return_line l where l.return_id = r.id and l.shop_id in (")
                        .append(marks(p, shopIds)).append(") and l.reason_code in (")
                        .append(marks(p, filter.reasonCodes().stream().sorted().toList())).append("))");
            }
            if (filter.resolution() != null) {
                w.append(" and exists (select 1 from return_line l where l.return_id = r.id and l.shop_id in (")
                        .append(marks(p, shopIds)).append(") and l.resolution = ")
                        .append(mark(p, filter.resolution().name())).append(')');
            }
            if (filter.returnMethod() != null) {
                w.append(" and r.return_method = ").append(mark(p, filter.returnMethod().name()));
            }
            if (filter.question() != null) {
                w.append(" and r.customer_question = ").append(mark(p, filter.question().name()));
            }
            if (filter.refund() != null) {
                // From the refunds' side: few are FAILED, so the returns they belong to are looked up by id
                // instead of probing every request of a large shop for one.
                w.append(" and r.id in (select f.return_id from refund f where f.shop_id in (")
                        .append(marks(p, shopIds)).append(") and f.status = ")
                        .append(mark(p, filter.refund().name())).append(')');
            }
            if (filter.upgradePayment() != null) {
                // As for refunds: few payments per shop, looked up from their side (upgrade_payment_status_idx).
                w.append(" and r.id in (select u.return_id from upgrade_payment u where u.shop_id in (")
                        .append(marks(p, shopIds)).append(") and u.status = ")
                        .append(mark(p, filter.upgradePayment().name())).append(')');
            }
            String instant = filter.dateField() == ReturnFilter.DateField.RECEIVED ? "r.received_at" : "r.created_at";
            if (filter.from() != null) {
                w.append(" and ").append(instant).append(" >= ").append(mark(p, time(filter.from())));
            }
            if (filter.to() != null) {
                w.append(" and ").append(instant).append(" < ").append(mark(p, time(filter.to())));
            }
            return new QueueSql(w.toString(), List.copyOf(p));
        }

        /**
         * Search by what the text can be, each with its own index: an e-mail (it has an @) exactly;
         * with a digit, an RMA or an order number exactly; otherwise an order number exactly or the
         * customer's name, each word of the search starting one of the name's search keys (V80: any
         * part of a Japanese name, the start of a word of a Latin one). A name holds no digits and
         * no @, so no match is lost by choosing.
         */
        /** Text without an @ and without digits can only be an order number or a customer's name. */
        static boolean isNameSearch(String query) {
            return query != null && query.indexOf('@') < 0 && query.chars().noneMatch(Character::isDigit);
        }

        private static void search(StringBuilder w, List<Object> p, Collection<Long> shopIds, String query,
                                   boolean walkNewestForName) {
            String exact = query;
            String lower = exact.toLowerCase(Locale.ROOT);
            if (exact.indexOf('@') >= 0) {
                w.append(" and r.customer_email_key = ").append(mark(p, lower));
            } else if (!isNameSearch(exact)) {
                w.append(" and r.id in (select x.id from return_request x where x.shop_id in (").append(marks(p, shopIds))
                        .append(") and x.rma_number = ").append(mark(p, exact))
                        .append(" union all select x.id from return_request x join customer_order o on o.id = x.order_id")
                        .append(" where o.shop_id in (").append(marks(p, shopIds)).append(") and o.order_number = ")
                        .append(mark(p, exact)).append(')');
            } else {
                String byNumber = "select o.id from customer_order o where o.shop_id in (" + marks(p, shopIds)
                        + ") and o.order_number = " + mark(p, exact);
                String byName = nameKeys(p, shopIds, CustomerNameSearch.words(exact));
                if (byName == null) {
                    w.append(" and r.order_id in (").append(byNumber).append(')');
                } else if (walkNewestForName) {
                    // Two hashed look-ups the newest-first walk checks each request against.
                    w.append(" and (r.order_id in (").append(byNumber).append(") or r.order_id in (").append(byName)
                            .append("))");
                } else {
                    // The matching orders first, then their requests.
                    w.append(" and r.order_id in (").append(byNumber).append(" union all (").append(byName).append("))");
                }
            }
        }

        /** The orders whose name has every word among its keys (V80), or {@code null} for no words. */
        private static String nameKeys(List<Object> p, Collection<Long> shopIds, List<String> words) {
            if (words.isEmpty()) {
                return null;
            }
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                sql.append(i == 0 ? "" : " intersect ")
                        .append("select k.order_id from customer_name_key k where k.shop_id in (")
                        .append(marks(p, shopIds)).append(") and ").append(keyRange(p, words.get(i)));
            }
            return sql.toString();
        }

        /**
         * Keys starting with {@code word}, as a range: comparisons are leakproof, so the key index
         * serves under RLS where {@code LIKE 'word%'} could not.
         */
        static String keyRange(List<Object> p, String word) {
            String key = mark(p, word);
            return "k.search_key >= name_search_key(" + key + ") and k.search_key < name_search_key(" + key
                    + ") || chr(1114111)";
        }

        /** Adds a parameter and answers its placeholder. */
        static String mark(List<Object> params, Object value) {
            params.add(value);
            return "?" + params.size();
        }

        static String marks(List<Object> params, Collection<?> values) {
            StringBuilder marks = new StringBuilder();
            for (Object value : values) {
                marks.append(marks.length() == 0 ? "" : ", ").append(mark(params, value));
            }
            return marks.toString();
        }

        private static OffsetDateTime time(Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
    }

    @Override
    public long nextRmaNumber(long shopId) {
        return ((Number) em.createNativeQuery("select next_rma_number(?1)").setParameter(1, shopId).getSingleResult())
                .longValue();
    }

    @Override
    public void save(ReturnRequest request) {
        if (request.id() == null) {
            em.persist(request);
        }
        em.flush();
    }
}
