package com.kaeru.backend.webhooks.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.kaeru.backend.platform.persistence.DueShops;
import com.kaeru.backend.webhooks.domain.Attempt;
import com.kaeru.backend.webhooks.domain.Delivery;
import com.kaeru.backend.webhooks.domain.Endpoint;
import com.kaeru.backend.webhooks.domain.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Native SQL over the V120 tables; every statement also filters by shop, under row-level security. */
@ApplicationScoped
public class SqlWebhookRepository implements WebhookRepository {
    private static final String ENDPOINT = "select id, shop_id, url, description, event_types, enabled, disabled_reason, "
            + "disabled_at, secret, previous_secret, previous_secret_until, created_by, created_at, updated_at "
            + "from webhook_endpoint ";
    private static final String DELIVERY = "select id, endpoint_id, message_id, event_id, event_type, payload, kind, "
            + "status, attempts, next_attempt_at, created_at from webhook_delivery ";
    private static final String ATTEMPT = "select a.id, a.delivery_id, a.endpoint_id, d.message_id, d.event_type, d.kind, "
            + "d.status, a.attempted_at, a.request_headers, d.payload, a.response_status, a.response_excerpt, "
            + "a.latency_ms, a.error from webhook_attempt a join webhook_delivery d on d.id = a.delivery_id "
            + "and d.shop_id = a.shop_id ";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    DueShops dueShops;
    @jakarta.inject.Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;

    @Override
    public List<Endpoint> endpoints(long shopId) {
        return rows(em.createNativeQuery(ENDPOINT + "where shop_id = ?1 order by id").setParameter(1, shopId)
                .getResultList()).stream().map(SqlWebhookRepository::endpoint).toList();
    }

    @Override
    public Optional<Endpoint> endpoint(long shopId, long id) {
        return rows(em.createNativeQuery(ENDPOINT + "where shop_id = ?1 and id = ?2").setParameter(1, shopId)
                .setParameter(2, id).getResultList()).stream().findFirst().map(SqlWebhookRepository::endpoint);
    }

    @Override
    public long insertEndpoint(long shopId, String url, String description, List<String> eventTypes, String secret,
                               String createdBy, Instant now) {
        configCache.changed(shopId); // subscriptions cached per shop (WebhookFanOut)
        return ((Number) em.createNativeQuery("insert into webhook_endpoint (shop_id, url, description, event_types, "
                        + "secret, created_by, created_at, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) returning id")
                .setParameter(1, shopId).setParameter(2, url).setParameter(3, description)
                .setParameter(4, String.join(",", eventTypes)).setParameter(5, secret).setParameter(6, createdBy)
                .setParameter(7, utc(now)).getSingleResult()).longValue();
    }

    @Override
    public void updateEndpoint(long shopId, long id, String url, String description, List<String> eventTypes,
                               boolean enabled, Instant now) {
        configCache.changed(shopId); // subscriptions cached per shop (WebhookFanOut)
        em.createNativeQuery("update webhook_endpoint set url = ?3, description = ?4, event_types = ?5, enabled = ?6, "
                        + "disabled_reason = case when ?6 then null when enabled then 'MANUAL' else disabled_reason end, "
                        + "disabled_at = case when ?6 then null when enabled then ?7 else disabled_at end, updated_at = ?7 "
                        + "where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, url).setParameter(4, description)
                .setParameter(5, String.join(",", eventTypes)).setParameter(6, enabled).setParameter(7, utc(now))
                .executeUpdate();
    }

    @Override
    public void rotateSecret(long shopId, long id, String newSecret, Instant previousUntil, Instant now) {
        em.createNativeQuery("update webhook_endpoint set previous_secret = secret, previous_secret_until = ?4, "
                        + "secret = ?3, updated_at = ?5 where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, newSecret)
                .setParameter(4, utc(previousUntil)).setParameter(5, utc(now)).executeUpdate();
    }

    @Override
    public void deleteEndpoint(long shopId, long id) {
        configCache.changed(shopId); // subscriptions cached per shop (WebhookFanOut)
        em.createNativeQuery("delete from webhook_endpoint where shop_id = ?1 and id = ?2").setParameter(1, shopId)
                .setParameter(2, id).executeUpdate();
    }

    @Override
    public boolean disable(long shopId, long id, String reason, Instant now) {
        configCache.changed(shopId); // subscriptions cached per shop (WebhookFanOut)
        return em.createNativeQuery("update webhook_endpoint set enabled = false, disabled_reason = ?3, disabled_at = ?4, "
                        + "updated_at = ?4 where shop_id = ?1 and id = ?2 and enabled")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, reason).setParameter(4, utc(now))
                .executeUpdate() == 1;
    }

    @Override
    public java.util.Set<String> subscribedTypes(long shopId) {
        // The same match as anySubscribed: a type is subscribed when it is one of the comma-separated items.
        java.util.Set<String> types = new java.util.HashSet<>();
        for (Object row : em.createNativeQuery("select event_types from webhook_endpoint where shop_id = ?1 and enabled")
                .setParameter(1, shopId).getResultList()) {
            types.addAll(List.of(row.toString().split(",")));
        }
        return java.util.Set.copyOf(types);
    }

    @Override
    public boolean anySubscribed(long shopId, String dottedType) {
        return !em.createNativeQuery("select 1 from webhook_endpoint where shop_id = ?1 and enabled "
                        + "and (',' || event_types || ',') like ('%,' || ?2 || ',%') limit 1")
                .setParameter(1, shopId).setParameter(2, dottedType).getResultList().isEmpty();
    }

    /**
     * The message id is {@code WebhookMessages.messageId} computed in SQL, so that the endpoints need not be read
     * first: {@code msg_} + the name-based UUID (version 3) of {@code "<event id>/<endpoint id>"} without hyphens,
     * i.e. its MD5 in hex with the version nibble (13th digit) set to 3 and the variant bits of the 17th digit to
     * binary 10 (digit {@code d} becomes {@code 8 + d % 4}), as {@link UUID#nameUUIDFromBytes} does. WebhooksIT
     * checks the {@code webhook-id} a receiver gets against the Java derivation.
     */
    @Override
    public int insertEventDeliveries(long shopId, UUID eventId, String dottedType, String payload, Instant dueAt) {
        return em.createNativeQuery("insert into webhook_delivery (shop_id, endpoint_id, message_id, event_id, event_type, "
                        + "payload, kind, next_attempt_at, created_at) "
                        + "select e.shop_id, e.id, 'msg_' || overlay(overlay(h.md5 placing '3' from 13 for 1) "
                        + "placing substr('89ab', (strpos('0123456789abcdef', substr(h.md5, 17, 1)) - 1) % 4 + 1, 1) "
                        + "from 17 for 1), cast(?2 as uuid), ?3, ?4, 'EVENT', ?5, ?5 "
                        + "from webhook_endpoint e cross join lateral (select md5(?2 || '/' || cast(e.id as text)) as md5) h "
                        + "where e.shop_id = ?1 and e.enabled and ?3 = any(string_to_array(e.event_types, ',')) "
                        + "on conflict (endpoint_id, event_id) where kind = 'EVENT' do nothing")
                .setParameter(1, shopId).setParameter(2, eventId.toString()).setParameter(3, dottedType)
                .setParameter(4, payload).setParameter(5, utc(dueAt)).executeUpdate();
    }

    @Override
    public Optional<Long> insertDelivery(long shopId, long endpointId, String messageId, UUID eventId, String eventType,
                                         String payload, String kind, Instant dueAt) {
        List<?> ids = em.createNativeQuery("insert into webhook_delivery (shop_id, endpoint_id, message_id, event_id, event_type, "
                        + "payload, kind, next_attempt_at, created_at) values (?1, ?2, ?3, cast(?4 as uuid), ?5, ?6, ?7, ?8, ?8) "
                        + "on conflict (endpoint_id, event_id) where kind = 'EVENT' do nothing returning id")
                .setParameter(1, shopId).setParameter(2, endpointId).setParameter(3, messageId)
                .setParameter(4, eventId == null ? null : eventId.toString()).setParameter(5, eventType)
                .setParameter(6, payload).setParameter(7, kind).setParameter(8, utc(dueAt)).getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    @Override
    public Optional<Delivery> delivery(long shopId, long id) {
        return rows(em.createNativeQuery(DELIVERY + "where shop_id = ?1 and id = ?2").setParameter(1, shopId)
                .setParameter(2, id).getResultList()).stream().findFirst().map(SqlWebhookRepository::delivery);
    }

    @Override
    public List<Long> claimEndpoints(long shopId, Instant now, int limit, Instant leaseUntil) {
        // The lease is on the endpoint row itself, so UPDATE re-checks it when another instance
        // committed a claim in between: one request in flight per endpoint, whatever the instances.
        // FOR NO KEY UPDATE (the lock the UPDATE takes anyway), not FOR UPDATE: claimers still skip each
        // other's rows, but not the endpoints whose key a use case's open transaction holds (FOR KEY SHARE,
        // the foreign key check of the deliveries it queues with its event, issue 12) - with FOR UPDATE a
        // busy shop's endpoint was skipped while any submission was in flight.
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("update webhook_endpoint set leased_until = ?4 where id in ("
                        + "select e.id from webhook_endpoint e where e.shop_id = ?1 "
                        + "and (e.leased_until is null or e.leased_until <= ?2) and exists (select 1 from webhook_delivery d "
                        + "where d.shop_id = e.shop_id and d.endpoint_id = e.id and d.status = 'PENDING' "
                        + "and d.next_attempt_at <= ?2 and (e.enabled or d.kind <> 'EVENT')) "
                        + "order by e.leased_until nulls first, e.id limit ?3 for no key update skip locked) "
                        + "and (leased_until is null or leased_until <= ?2) returning id")
                .setParameter(1, shopId).setParameter(2, utc(now)).setParameter(3, limit).setParameter(4, utc(leaseUntil))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Long> shopsWithDueDeliveries(Instant now) {
        return dueShops.find("select distinct d.shop_id from webhook_delivery d join webhook_endpoint e "
                + "on e.id = d.endpoint_id and e.shop_id = d.shop_id where d.status = 'PENDING' "
                + "and d.next_attempt_at <= ?1 and (e.enabled or d.kind <> 'EVENT')", utc(now));
    }

    @Override
    public List<Delivery> due(long shopId, long endpointId, Instant now, int limit) {
        return rows(em.createNativeQuery(DELIVERY + "d where d.shop_id = ?1 and d.endpoint_id = ?2 and d.status = 'PENDING' "
                        + "and d.next_attempt_at <= ?3 and (d.kind <> 'EVENT' or exists (select 1 from webhook_endpoint e "
                        + "where e.id = d.endpoint_id and e.shop_id = d.shop_id and e.enabled)) "
                        + "order by d.next_attempt_at, d.id limit ?4")
                .setParameter(1, shopId).setParameter(2, endpointId).setParameter(3, utc(now)).setParameter(4, limit)
                .getResultList()).stream().map(SqlWebhookRepository::delivery).toList();
    }

    @Override
    public void extendLease(long shopId, long endpointId, Instant leaseUntil) {
        em.createNativeQuery("update webhook_endpoint set leased_until = ?3 where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, endpointId).setParameter(3, utc(leaseUntil)).executeUpdate();
    }

    @Override
    public void releaseEndpoint(long shopId, long endpointId) {
        em.createNativeQuery("update webhook_endpoint set leased_until = null where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, endpointId).executeUpdate();
    }

    @Override
    public void recordAttempt(long shopId, Delivery delivery, Instant at, String requestHeaders, Integer status,
                              String excerpt, int latencyMs, String error) {
        em.createNativeQuery("insert into webhook_attempt (shop_id, delivery_id, endpoint_id, attempted_at, "
                        + "request_headers, response_status, response_excerpt, latency_ms, error) "
                        + "values (?1, ?2, ?3, ?4, ?5, cast(?6 as integer), ?7, ?8, ?9)")
                .setParameter(1, shopId).setParameter(2, delivery.id()).setParameter(3, delivery.endpointId())
                .setParameter(4, utc(at)).setParameter(5, requestHeaders).setParameter(6, status)
                .setParameter(7, cut(excerpt, 2000)).setParameter(8, latencyMs).setParameter(9, cut(error, 1000))
                .executeUpdate();
    }

    @Override
    public void succeeded(long shopId, long deliveryId, int attempts, Instant now) {
        finish(shopId, deliveryId, attempts, "SUCCEEDED", now);
    }

    @Override
    public void failed(long shopId, long deliveryId, int attempts, Instant now) {
        finish(shopId, deliveryId, attempts, "FAILED", now);
    }

    private void finish(long shopId, long deliveryId, int attempts, String status, Instant now) {
        em.createNativeQuery("update webhook_delivery set status = ?3, attempts = ?4, completed_at = ?5 "
                        + "where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, deliveryId).setParameter(3, status).setParameter(4, attempts)
                .setParameter(5, utc(now)).executeUpdate();
    }

    @Override
    public void retryAt(long shopId, long deliveryId, int attempts, Instant nextAttemptAt) {
        em.createNativeQuery("update webhook_delivery set attempts = ?3, next_attempt_at = ?4 where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, deliveryId).setParameter(3, attempts)
                .setParameter(4, utc(nextAttemptAt)).executeUpdate();
    }

    @Override
    public List<Attempt> attempts(long shopId, long endpointId, int limit) {
        return rows(em.createNativeQuery(ATTEMPT + "where a.shop_id = ?1 and a.endpoint_id = ?2 order by a.id desc limit ?3")
                .setParameter(1, shopId).setParameter(2, endpointId).setParameter(3, limit).getResultList())
                .stream().map(SqlWebhookRepository::attempt).toList();
    }

    @Override
    public Optional<Attempt> attempt(long shopId, long attemptId) {
        return rows(em.createNativeQuery(ATTEMPT + "where a.shop_id = ?1 and a.id = ?2").setParameter(1, shopId)
                .setParameter(2, attemptId).getResultList()).stream().findFirst().map(SqlWebhookRepository::attempt);
    }

    private static Endpoint endpoint(Object[] r) {
        String types = (String) r[4];
        return new Endpoint(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), (Boolean) r[5], (String) r[6],
                instant(r[7]), (String) r[8], (String) r[9], instant(r[10]), (String) r[11], instant(r[12]),
                instant(r[13]));
    }

    private static Delivery delivery(Object[] r) {
        return new Delivery(number(r[0]), number(r[1]), (String) r[2], r[3] == null ? null : UUID.fromString(r[3].toString()),
                (String) r[4], (String) r[5], (String) r[6], (String) r[7], ((Number) r[8]).intValue(), instant(r[9]),
                instant(r[10]));
    }

    private static Attempt attempt(Object[] r) {
        return new Attempt(number(r[0]), number(r[1]), number(r[2]), (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], instant(r[7]), (String) r[8], (String) r[9],
                r[10] == null ? null : ((Number) r[10]).intValue(), (String) r[11], ((Number) r[12]).intValue(),
                (String) r[13]);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }
}
