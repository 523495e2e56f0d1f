package com.kaeru.api.events;

/**
 * The parcel is on its way (status IN_TRANSIT). Not raised yet: Kaeru has no carrier tracking.
 * <p>
 * Event type {@code ReturnInTransit}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 */
public record ReturnInTransit(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason) implements EventPayload {
}
