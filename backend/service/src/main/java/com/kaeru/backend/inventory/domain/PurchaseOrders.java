package com.kaeru.backend.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Purchase orders of a shop, stored. Every method runs in the caller's transaction, bound to the
 * shop; {@link #lock} holds the order's row until it ends, so two receipts (or a receipt and a
 * cancellation) of one order queue and the second decides on what the first committed.
 */
public interface PurchaseOrders {
    /** The shop's next number ({@code PO-000001}, …), never reused. */
    String nextNumber(long shopId);

    /** Stores a placed order with its lines; returns it with its id. */
    PurchaseOrder insert(long shopId, PurchaseOrder order, Instant now);

    Optional<PurchaseOrder> find(long shopId, String number);

    /** The order, its row locked until the transaction ends. */
    Optional<PurchaseOrder> lock(long shopId, String number);

    /** Writes back the status, schedule, cancellation and received units of a locked order. */
    void update(long shopId, PurchaseOrder order, Instant now);

    /** Orders newest first. */
    StockLedger.Page<PurchaseOrder> list(long shopId, Filter filter, int page, int size);

    /** The purchase order a receipt with this idempotency key was posted to, if any. */
    Optional<String> receiptOf(long shopId, String idempotencyKey);

    void saveReceipt(long shopId, long purchaseOrderId, String idempotencyKey, int units, String receivedBy,
                     Instant receivedAt);

    /**
     * The earliest open purchase order line of the variant still expecting units, expected on or after
     * {@code today} (its date, confirmation and PO number): what {@link IncomingSupply} may promise
     * from purchase orders. Overdue orders are left out: a date in the past promises nothing.
     */
    Optional<IncomingSupply.Arrival> nextArrival(long shopId, long variantId, LocalDate today);

    /**
     * @param status    only this status (null: all)
     * @param variantId only orders with a line of this variant (null: all)
     * @param overdueOn only open orders expected before this day (null: no such condition)
     */
    record Filter(PurchaseOrderStatus status, Long variantId, LocalDate overdueOn) {
    }
}
