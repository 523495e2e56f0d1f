package com.kaeru.backend.webhooks.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dotted webhook types and the typed events they come from (mapping version {@value #MAPPING_VERSION},
 * docs/webhooks.md). A name, once published, keeps its meaning: a new event gets a new name, and a
 * change of a payload shows in its {@code schemaVersion}, never here. {@code webhook.test} is only
 * sent by "send test event".
 */
public final class WebhookEventTypes {
    public static final int MAPPING_VERSION = 1;
    public static final String TEST = "webhook.test";

    private static final Map<String, String> BY_WIRE_NAME = new LinkedHashMap<>();

    static {
        map("ReturnRequested", "return.requested");
        map("ReturnHeldForReview", "return.held_for_review");
        map("ReturnApproved", "return.approved");
        map("ReturnLabelIssued", "return.label_issued");
        map("ReturnInTransit", "return.in_transit");
        map("ReturnRejected", "return.rejected");
        map("ReturnReceived", "return.received");
        map("LineGraded", "return.graded");
        map("ReturnInspected", "return.inspected");
        map("ReturnCompleted", "return.completed");
        map("ReturnCancelled", "return.cancelled");
        map("ReturnRated", "return.rated");
        map("ExchangeReserved", "exchange.reserved");
        map("ExchangeBackordered", "exchange.backordered");
        map("ExchangeAllocated", "exchange.allocated");
        map("ExchangeShipmentRequested", "exchange.shipment_requested");
        map("ExchangeShipped", "exchange.shipped");
        map("ExchangeDelivered", "exchange.delivered");
        map("BackorderDateConfirmed", "exchange.backorder_date_confirmed");
        map("BackorderDateMoved", "exchange.backorder_date_moved");
        map("ExchangeReservationReleased", "exchange.reservation_released");
        map("BackorderChoiceMade", "exchange.backorder_choice_made");
        map("UpgradePaymentCollected", "exchange.payment_collected");
        map("UpgradePaymentFailed", "exchange.payment_failed");
        map("CouponIssued", "coupon.issued");
        map("RefundRequested", "refund.requested");
        map("RefundApproved", "refund.approved");
        map("RefundIssued", "refund.issued");
        map("RefundFailed", "refund.failed");
        map("StockChanged", "stock.changed");
        map("CustomerQuestionAsked", "conversation.question_asked");
        map("CustomerAnswered", "conversation.answered");
    }

    private WebhookEventTypes() {
    }

    private static void map(String wireName, String dotted) {
        BY_WIRE_NAME.put(wireName, dotted);
    }

    /** The dotted type of a typed event's wire name; empty for events webhooks do not carry. */
    public static Optional<String> of(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }

    /** Every type an endpoint may subscribe to, in the documented order. */
    public static List<String> all() {
        return List.copyOf(BY_WIRE_NAME.values());
    }

    /** The typed events mapped, by wire name (for the test that every typed event has a name). */
    public static Map<String, String> byWireName() {
        return Map.copyOf(BY_WIRE_NAME);
    }

    public static boolean known(String dotted) {
        return BY_WIRE_NAME.containsValue(dotted);
    }
}
