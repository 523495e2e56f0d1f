package com.kaeru.backend.events.application;

/**
 * Something that reacts to stored events outside the transaction that raised them, after the commit
 * (e-mail, the reporting projection, staff alerts). Work that is only a few rows in the same database
 * and must leave right after the commit may instead run in the raising transaction
 * ({@link InTransactionConsumer}, as the webhook fan-out does since issue 12). Implement it as an
 * {@code @ApplicationScoped} CDI bean: {@link EventConsumers} discovers every such bean and keys
 * its delivery state by {@link #name()}.
 * <p>
 * Delivery is at least once, per consumer: each (event, consumer) pair is tried until
 * {@link #deliver} returns normally, with backoff after a failure; other consumers are not held
 * up. A consumer runs in the worker's transaction, bound to the event's shop, and must be
 * idempotent on {@link StoredEvent#eventId()} (or the dedupe key).
 */
public interface EventConsumer {

    /** Stable name, 1-60 of {@code [a-z0-9-]}, stored with each delivery: renaming it orphans its queue. */
    String name();

    /**
     * Whether this consumer wants the event: asked once, when the event is stored; only then is a
     * delivery row made for it. A consumer added later sees events stored from then on.
     */
    default boolean accepts(long shopId, String eventType) {
        return true;
    }

    /** Off (by configuration): its deliveries wait, none are lost. */
    default boolean enabled() {
        return true;
    }

    /** Handles one event; throwing schedules a retry with backoff. */
    void deliver(StoredEvent event) throws Exception;

    /**
     * Whether a batch goes to {@link #deliverAll} at once rather than event by event: for consumers whose work
     * for many events is one statement (the reporting projection marks a batch's days together), not for those
     * that talk to the outside per event (e-mail), where one failure must not send the others again.
     */
    default boolean takesBatches() {
        return false;
    }

    /**
     * Handles a batch of one shop's events, in delivery order, when {@link #takesBatches}; throwing fails every
     * event of the batch, each retried with backoff.
     */
    default void deliverAll(java.util.List<StoredEvent> events) throws Exception {
        for (StoredEvent event : events) {
            deliver(event);
        }
    }
}
