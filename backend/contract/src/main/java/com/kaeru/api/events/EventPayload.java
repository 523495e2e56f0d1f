package com.kaeru.api.events;

/**
 * The data of one domain event: a record per event type (see {@link EventType}). Every event
 * today belongs to a return, named by its RMA number.
 */
public sealed interface EventPayload permits ReturnRequested, ReturnHeldForReview, ReturnApproved, ReturnLabelIssued, ReturnInTransit, ReturnRejected, ReturnReceived, ReturnInspected, ReturnCompleted, ReturnCancelled, LineGraded, ExchangeReserved, ExchangeBackordered, ExchangeReservationReleased, ExchangeShipped, RefundRequested, RefundApproved, RefundIssued, CustomerQuestionAsked, CustomerAnswered {
    /** The return the event is about (its aggregate). */
    String rma();
}
