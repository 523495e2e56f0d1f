package com.kaeru.api.events;

/**
 * The customer (on the status page) or an operator for them chose what happens to an exchange line
 * waiting for stock: one type for the four choices, so an integrator follows a waiting line with
 * one handler and the choices can grow without new types. The customer's confirmation e-mail has a
 * template per choice ({@code BACKORDER_WAIT}, {@code BACKORDER_SWITCH}, {@code BACKORDER_SPLIT},
 * {@code BACKORDER_CANCEL_FOR_REFUND}).
 * <p>
 * Event type {@code BackorderChoiceMade}, schema version 1. Fields a choice does not use are {@code null}.
 *
 * @param rma the return's RMA number
 * @param customer who chose, or for whom
 * @param lineId the waiting exchange line
 * @param choice {@code WAIT}, {@code SWITCH}, {@code SPLIT} or {@code CANCEL_FOR_REFUND}
 * @param variantId the variant the line waited for
 * @param sku its SKU
 * @param quantity units of the line when the choice was made
 * @param state the line's fulfilment state after the choice (e.g. {@code RESERVED},
 *              {@code SHIPMENT_REQUESTED}, {@code BACKORDERED}, {@code CANCELLED})
 * @param newVariantId SWITCH: the variant now reserved instead
 * @param newSku SWITCH: its SKU
 * @param splitLineId SPLIT: the new line that ships the free units now
 * @param splitQuantity SPLIT: how many units ship now (the rest keep waiting on {@code lineId})
 * @param refundAmountMinor CANCEL_FOR_REFUND: what the line refunds, in minor units of {@code currency}
 * @param currency CANCEL_FOR_REFUND: ISO 4217 code
 * @param refundAtOnce CANCEL_FOR_REFUND: paid now (the return was inspected) rather than at inspection
 */
public record BackorderChoiceMade(
        String rma,
        Customer customer,
        long lineId,
        String choice,
        long variantId,
        String sku,
        int quantity,
        String state,
        Long newVariantId,
        String newSku,
        Long splitLineId,
        Integer splitQuantity,
        Long refundAmountMinor,
        String currency,
        Boolean refundAtOnce) implements EventPayload {
}
