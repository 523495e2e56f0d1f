package com.kaeru.api.audit;

import java.time.Instant;

/**
 * One audited step.
 *
 * @param id         stable id (newest entries have the highest)
 * @param occurredAt when (UTC instant; shown in the shop's time zone)
 * @param entityType {@code RETURN}, {@code REFUND}, {@code POLICY}, {@code SHOP}, {@code API_KEY}, ...
 * @param entityRef  which one: RMA number, refund reference, key prefix, shop slug
 * @param action     what happened, e.g. {@code STATUS}, {@code POLICY_REPLACED}, {@code SETTINGS_CHANGED}
 * @param fromState  state before, if the step moved one
 * @param toState    state after
 * @param actor      user name, {@code customer}, {@code system} or {@code api-key:NAME}
 * @param reason     free text: why, or what changed
 */
public record AuditEntryDto(long id, Instant occurredAt, String entityType, String entityRef, String action,
                            String fromState, String toState, String actor, String reason) {
}
