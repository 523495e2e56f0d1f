package com.kaeru.api.events;

/**
 * The data of one domain event: a record per event type (see {@link EventType}). Events belong to
 * a return, named by its RMA number, except {@link StockChanged}, whose aggregate is a SKU's stock,
 * and {@link CouponIssued}, whose aggregate is the coupon.
 */
public sealed interface EventPayload permits ReturnRequested, ReturnHeldForReview, ReturnApproved, ReturnLabelIssued, ReturnInTransit, ReturnRejected, ReturnReceived, ReturnInspected, ReturnCompleted, ReturnCancelled, LineGraded, ExchangeReserved, ExchangeBackordered, ExchangeReservationReleased, ExchangeShipped, ExchangeAllocated, ExchangeShipmentRequested, ExchangeDelivered, BackorderDateConfirmed, BackorderDateMoved, BackorderChoiceMade, CouponIssued, RefundRequested, RefundApproved, RefundIssued, RefundFailed, UpgradePaymentCollected, UpgradePaymentFailed, CustomerQuestionAsked, CustomerAnswered, ReturnRated, StockChanged {
    /** The return the event is about, or belongs to (null for stock moved by no return). */
    String rma();

    /** The envelope's {@code aggregateType}: {@code return} unless the type says otherwise. */
    default String aggregateType() {
        return "return";
    }

    /** The envelope's {@code aggregateId}: the RMA unless the type says otherwise. */
    default String aggregateId() {
        return rma();
    }
}
