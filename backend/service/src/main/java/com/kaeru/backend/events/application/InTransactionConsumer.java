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
     * Called in the raising transaction, bound to the event's shop, right after the event was stored; not called
     * when the event's dedupe key was stored before (a retried use case), as that event's rows exist already.
     */
    void stored(StoredEvent event);
}
