package com.kaeru.api.events;

/**
 * The parcel is on its way (status IN_TRANSIT): a carrier collected a pickup and its tracking number
 * was imported (see docs/carriers.md).
 * <p>
 * Event type {@code ReturnInTransit}, schema version 1.
 *
 * @param rma the return's RMA number
 * @param customer who returns
 * @param previousStatus status before
 * @param status status now
 * @param reason the message or reason given with the change; empty when none
 * @param carrier the carrier's code ({@code YAMATO}, {@code SAGAWA}, {@code JAPAN_POST}); null when unknown (added, optional)
 * @param trackingNumber the slip's number; null when unknown (added, optional)
 * @param trackingUrl the carrier's public tracking page; null when unknown (added, optional)
 */
public record ReturnInTransit(
        String rma,
        Customer customer,
        String previousStatus,
        String status,
        String reason,
        String carrier,
        String trackingNumber,
        String trackingUrl) implements EventPayload {
}
