package com.kaeru.api.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type Kaeru publishes, with its name on the wire, its payload schema version and its
 * payload record. A change that removes or renames a payload field gets a new version; adding an
 * optional field does not. docs/events.md describes each one.
 */
public enum EventType {
    RETURN_REQUESTED("ReturnRequested", 1, ReturnRequested.class),
    RETURN_HELD_FOR_REVIEW("ReturnHeldForReview", 1, ReturnHeldForReview.class),
    RETURN_APPROVED("ReturnApproved", 1, ReturnApproved.class),
    RETURN_LABEL_ISSUED("ReturnLabelIssued", 1, ReturnLabelIssued.class),
    RETURN_IN_TRANSIT("ReturnInTransit", 1, ReturnInTransit.class),
    RETURN_REJECTED("ReturnRejected", 1, ReturnRejected.class),
    RETURN_RECEIVED("ReturnReceived", 1, ReturnReceived.class),
    RETURN_INSPECTED("ReturnInspected", 1, ReturnInspected.class),
    RETURN_COMPLETED("ReturnCompleted", 1, ReturnCompleted.class),
    RETURN_CANCELLED("ReturnCancelled", 1, ReturnCancelled.class),
    LINE_GRADED("LineGraded", 1, LineGraded.class),
    EXCHANGE_RESERVED("ExchangeReserved", 1, ExchangeReserved.class),
    EXCHANGE_BACKORDERED("ExchangeBackordered", 1, ExchangeBackordered.class),
    EXCHANGE_RESERVATION_RELEASED("ExchangeReservationReleased", 1, ExchangeReservationReleased.class),
    EXCHANGE_SHIPPED("ExchangeShipped", 2, ExchangeShipped.class),
    EXCHANGE_ALLOCATED("ExchangeAllocated", 1, ExchangeAllocated.class),
    EXCHANGE_SHIPMENT_REQUESTED("ExchangeShipmentRequested", 1, ExchangeShipmentRequested.class),
    EXCHANGE_DELIVERED("ExchangeDelivered", 1, ExchangeDelivered.class),
    BACKORDER_DATE_CONFIRMED("BackorderDateConfirmed", 1, BackorderDateConfirmed.class),
    BACKORDER_DATE_MOVED("BackorderDateMoved", 1, BackorderDateMoved.class),
    BACKORDER_CHOICE_MADE("BackorderChoiceMade", 1, BackorderChoiceMade.class),
    COUPON_ISSUED("CouponIssued", 1, CouponIssued.class),
    REFUND_REQUESTED("RefundRequested", 1, RefundRequested.class),
    REFUND_APPROVED("RefundApproved", 1, RefundApproved.class),
    REFUND_ISSUED("RefundIssued", 1, RefundIssued.class),
    REFUND_FAILED("RefundFailed", 1, RefundFailed.class),
    UPGRADE_PAYMENT_COLLECTED("UpgradePaymentCollected", 1, UpgradePaymentCollected.class),
    UPGRADE_PAYMENT_FAILED("UpgradePaymentFailed", 1, UpgradePaymentFailed.class),
    CUSTOMER_QUESTION_ASKED("CustomerQuestionAsked", 1, CustomerQuestionAsked.class),
    CUSTOMER_ANSWERED("CustomerAnswered", 1, CustomerAnswered.class),
    RETURN_RATED("ReturnRated", 1, ReturnRated.class),
    STOCK_CHANGED("StockChanged", 1, StockChanged.class);

    private final String wireName;
    private final int version;
    private final Class<? extends EventPayload> payloadType;

    EventType(String wireName, int version, Class<? extends EventPayload> payloadType) {
        this.wireName = wireName;
        this.version = version;
        this.payloadType = payloadType;
    }

    /** The name in the envelope's {@code type} field, e.g. {@code ReturnApproved}. */
    public String wireName() {
        return wireName;
    }

    public int version() {
        return version;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values()).filter(t -> t.payloadType == payload.getClass()).findFirst().orElseThrow();
    }

    public static Optional<EventType> byWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
