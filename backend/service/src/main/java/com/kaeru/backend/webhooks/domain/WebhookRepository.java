package com.kaeru.backend.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Endpoints, deliveries and attempts of the shop bound to the transaction (row-level security). */
public interface WebhookRepository {

    List<Endpoint> endpoints(long shopId);

    Optional<Endpoint> endpoint(long shopId, long id);

    long insertEndpoint(long shopId, String url, String description, List<String> eventTypes, String secret,
                        String createdBy, Instant now);

    /** Changes URL, description, filters and the switch; switching on clears the reason it was off. */
    void updateEndpoint(long shopId, long id, String url, String description, List<String> eventTypes, boolean enabled,
                        Instant now);

    /** The new secret signs from now on; the current one also signs until {@code previousUntil}. */
    void rotateSecret(long shopId, long id, String newSecret, Instant previousUntil, Instant now);

    /** Removes the endpoint with its deliveries and attempts. */
    void deleteEndpoint(long shopId, long id);

    /** Switches it off automatically (GONE, FAILING); false when it already was. */
    boolean disable(long shopId, long id, String reason, Instant now);

    /** Whether an enabled endpoint of the shop subscribes to the type. */
    boolean anySubscribed(long shopId, String dottedType);

    /**
     * Every dotted type some enabled endpoint of the shop subscribes to (one statement, cached per shop by
     * {@code WebhookFanOut}); {@link #anySubscribed} per type gives the same answers.
     */
    default java.util.Set<String> subscribedTypes(long shopId) {
        return WebhookEventTypes.all().stream().filter(type -> anySubscribed(shopId, type))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Queues a typed event (kind EVENT, due at {@code dueAt}) at every enabled endpoint of the shop that subscribes
     * to {@code dottedType}, in one statement whatever the number of endpoints; an endpoint that has the event
     * already is skipped (as {@link #insertDelivery}). Each row's message id is the {@code webhook-id} the
     * application derives from the event and the endpoint ({@code WebhookMessages.messageId}).
     *
     * @return how many were queued
     */
    int insertEventDeliveries(long shopId, UUID eventId, String dottedType, String payload, Instant dueAt);

    /** Queues a delivery; for an EVENT, the same event and endpoint twice is queued once (empty the second time). */
    Optional<Long> insertDelivery(long shopId, long endpointId, String messageId, UUID eventId, String eventType, String payload,
                        String kind, Instant dueAt);

    Optional<Delivery> delivery(long shopId, long id);

    /**
     * Leases up to {@code limit} endpoints with a due delivery and none in flight until
     * {@code leaseUntil}, skipping rows another instance is claiming.
     */
    List<Long> claimEndpoints(long shopId, Instant now, int limit, Instant leaseUntil);

    /** Every shop with a delivery due by {@code now} that its endpoint may send: what the tick visits. */
    List<Long> shopsWithDueDeliveries(Instant now);

    /** The endpoint's oldest due deliveries, at most {@code limit} (enabled endpoints: any; disabled: test sends and replays only). */
    List<Delivery> due(long shopId, long endpointId, Instant now, int limit);

    void extendLease(long shopId, long endpointId, Instant leaseUntil);

    void releaseEndpoint(long shopId, long endpointId);

    void recordAttempt(long shopId, Delivery delivery, Instant at, String requestHeaders, Integer status,
                       String excerpt, int latencyMs, String error);

    void succeeded(long shopId, long deliveryId, int attempts, Instant now);

    void retryAt(long shopId, long deliveryId, int attempts, Instant nextAttemptAt);

    void failed(long shopId, long deliveryId, int attempts, Instant now);

    /** The endpoint's latest attempts, newest first. */
    List<Attempt> attempts(long shopId, long endpointId, int limit);

    Optional<Attempt> attempt(long shopId, long attemptId);
}
