package com.kaeru.api.returns;

import java.time.Instant;
import java.time.LocalDate;

import com.kaeru.api.vocabulary.FulfilmentState;

/**
 * One exchange line's replacement: its state, the backorder's promise, the shipping instruction
 * and the parcel. Also what the warehouse lists ({@code GET /shops/{slug}/fulfilments}).
 *
 * @param rma                 the return's RMA number
 * @param lineId              the exchange line
 * @param sku                 the replacement's SKU
 * @param productName         its product name in the caller's language
 * @param size                its size
 * @param color               its colour
 * @param quantity            units
 * @param state               where it stands
 * @param late                a backorder past its promised date, or a shipment requested more than 24 h ago
 * @param backorderedAt       when it joined the backorder queue (null if it never waited)
 * @param promisedDate        the supply date promised to the customer
 * @param dateConfirmed       the supplier confirmed that date
 * @param noticesSent         backorder notices sent to the customer (first, second, reminders, shipped)
 * @param lastNoticeAt        when the last one was sent
 * @param heldReason          why it is held (units graded C or missing)
 * @param shipmentRequestedAt when the shipping instruction was issued
 * @param carrier             the carrier (shipped)
 * @param trackingNumber      the carrier's tracking number (shipped)
 * @param shippedAt           when it was shipped
 * @param deliveredAt         when it was delivered
 * @param shipToName          the customer's name on the parcel (staff only; null for the customer's own view)
 * @param shipToPostalCode    postal code
 * @param shipToAddress       prefecture, city and street in one line
 * @param shipToPhone         phone for the carrier
 */
public record FulfilmentDto(String rma, long lineId, String sku, String productName, String size, String color,
                            int quantity, FulfilmentState state, boolean late, Instant backorderedAt,
                            LocalDate promisedDate, boolean dateConfirmed, int noticesSent, Instant lastNoticeAt,
                            String heldReason, Instant shipmentRequestedAt, String carrier, String trackingNumber,
                            Instant shippedAt, Instant deliveredAt, String shipToName, String shipToPostalCode,
                            String shipToAddress, String shipToPhone) {
}
