package com.kaeru.api.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One domain event as consumers and integrators receive it. Read {@code type} and
 * {@code schemaVersion} first, then the {@code data} as that type's payload record.
 *
 * @param eventId       unique per event, stable across redeliveries: deduplicate on it
 * @param type          the event type's wire name, e.g. {@code ReturnApproved}
 * @param schemaVersion the version of the payload's schema
 * @param shopId        the shop (tenant) the event belongs to
 * @param occurredAt    when it happened
 * @param aggregateType what it is about, today always {@code return}
 * @param aggregateId   which one: the RMA number
 * @param actor         who caused it: a staff user name, {@code customer}, {@code policy} or {@code system}
 * @param data          the payload
 */
public record EventEnvelope<P extends EventPayload>(UUID eventId, String type, int schemaVersion, long shopId,
                                                    Instant occurredAt, String aggregateType, String aggregateId,
                                                    String actor, P data) {
}
