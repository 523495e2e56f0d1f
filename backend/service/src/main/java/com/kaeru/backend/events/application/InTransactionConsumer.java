package com.kaeru.backend.events.application;

/**
 * Something that reacts to a typed event <em>inside</em> the transaction that raises it, right after the outbox
 * stored the event: its rows commit or roll back with the change and the event, and nothing waits for a worker
 * after the commit. Unlike an {@link EventConsumer} (which runs later, in a batch of its own, with retries) it
 * adds to the raising use case's statements and its failure fails that use case, so it is only for a few rows in
 * the same database, set-based: the webhook fan-out ({@code webhooks.application.WebhookFanOut}) writes one
 * {@code webhook_delivery} per subscribed endpoint this way, so a submission's webhook leaves right after its
 * commit instead of after a consumer lane got round to the event (issue 12). Implement it as an
 * {@code @ApplicationScoped} CDI bean; {@link EventConsumers} discovers it.
 */
public interface InTransactionConsumer {

    /**
     * Whether {@link #stored} wants this event of this shop. Asked for every typed event a use case raises, so
     * it must be cheap: no statement unless cached per shop (a shop without webhooks pays nothing).
     */
    boolean accepts(long shopId, String eventType);

    /**
     * Called in the raising transaction, bound to the event's shop, right after the outbox's insert of the event.
     * That insert is not read back (so that it may join the use case's JDBC batch: no statement more for shops
     * nobody subscribes in), hence: {@link StoredEvent#id()} is 0, and when the event's dedupe key was stored
     * before (a retried use case) nothing was stored under {@link StoredEvent#eventId()} - so write rows
     * conditional on it ({@code … where exists (select 1 from outbox_event where event_id = ?)}), and the retried
     * event gets no second set.
     */
    void stored(StoredEvent event);
}
