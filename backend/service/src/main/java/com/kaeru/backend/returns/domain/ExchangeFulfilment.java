package com.kaeru.backend.returns.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The replacement of one exchange line, from the approval's stock answer to the customer's door:
 * {@link FulfilmentState}. Its own aggregate and row (not part of {@link ReturnRequest}) so that
 * allocating a restock to a thousand waiting exchanges locks a thousand small rows and no return,
 * and a return can complete when its money is settled while its replacement still waits.
 * <p>
 * Stock is not its business either: a move answers whether units must be reserved, released or
 * shipped and the use case does it through the ledger. Each move is named; a move from a state
 * that does not allow it is refused with {@link FulfilmentConflictException} (409).
 */
@Entity
@Table(name = "exchange_fulfilment")
@Cacheable(false)
public class ExchangeFulfilment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "return_id", nullable = false, updatable = false)
    private long returnId;
    @Column(name = "return_line_id", nullable = false, updatable = false)
    private long returnLineId;
    @Column(name = "rma_number", nullable = false, updatable = false)
    private String rmaNumber;
    @Column(name = "customer_email", nullable = false, updatable = false)
    private String customerEmail;
    @Column(name = "customer_language", nullable = false, updatable = false)
    private String customerLanguage;
    @Column(name = "variant_id", nullable = false)
    private long variantId;
    /** Changes only when the customer splits a backorder: the units in stock ship as a line of their own. */
    @Column(nullable = false)
    private int quantity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FulfilmentState state;
    /** Units are held for this line at the default location (reserved, not yet shipped). */
    @Column(name = "units_reserved", nullable = false)
    private boolean unitsReserved;
    /** The returned item was inspected: an allocation may go straight to a shipment request. */
    @Column(name = "return_inspected", nullable = false)
    private boolean returnInspected;
    @Column(name = "backordered_at")
    private Instant backorderedAt;
    @Column(name = "promised_date")
    private LocalDate promisedDate;
    @Column(name = "date_confirmed", nullable = false)
    private boolean dateConfirmed;
    @Column(name = "supply_reference")
    private String supplyReference;
    @Column(name = "notices_sent", nullable = false)
    private int noticesSent;
    @Column(name = "last_notice_at")
    private Instant lastNoticeAt;
    @Column(name = "reserved_at")
    private Instant reservedAt;
    @Column(name = "held_reason")
    private String heldReason;
    @Column(name = "shipment_requested_at")
    private Instant shipmentRequestedAt;
    private String carrier;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "shipped_at")
    private Instant shippedAt;
    @Column(name = "delivered_at")
    private Instant deliveredAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Enumerated(EnumType.STRING)
    private BackorderChoice choice;
    @Column(name = "chosen_at")
    private Instant chosenAt;
    @Column(name = "chosen_by")
    private String chosenBy;
    @Column(name = "switched_from_variant_id")
    private Long switchedFromVariantId;
    /** An upgrade's difference is due and not collected: no shipment request until it is (V225). */
    @Column(name = "payment_due", nullable = false)
    private boolean paymentDue;
    @Version
    private long version;

    protected ExchangeFulfilment() {
    }

    private ExchangeFulfilment(ReturnRequest request, ReturnRequest.ExchangeUnits units, FulfilmentState state,
                               Instant now) {
        this.shopId = request.shopId();
        this.returnId = Objects.requireNonNull(request.id());
        this.returnLineId = units.lineId();
        this.rmaNumber = request.rmaNumber();
        this.customerEmail = request.customerEmail();
        this.customerLanguage = request.customerLanguage();
        this.variantId = units.variantId();
        this.quantity = units.quantity();
        this.state = state;
        this.updatedAt = now;
    }

    /** Approval found the units and reserved them. */
    public static ExchangeFulfilment reserved(ReturnRequest request, ReturnRequest.ExchangeUnits units, Instant now) {
        ExchangeFulfilment f = new ExchangeFulfilment(request, units, FulfilmentState.RESERVED, now);
        f.unitsReserved = true;
        f.reservedAt = now;
        return f;
    }

    /**
     * Approval found no stock; the backorder rule ({@code SubmitReturn}) allowed it because supply is
     * due on {@code promisedDate}. The first notice goes out at once ({@link #noticeSent}).
     */
    public static ExchangeFulfilment backordered(ReturnRequest request, ReturnRequest.ExchangeUnits units,
                                                 LocalDate promisedDate, boolean confirmed, String supplyReference,
                                                 Instant now) {
        ExchangeFulfilment f = new ExchangeFulfilment(request, units, FulfilmentState.BACKORDERED, now);
        f.backorderedAt = now;
        f.promisedDate = promisedDate;
        f.dateConfirmed = confirmed;
        f.supplyReference = supplyReference;
        return f;
    }

    private void require(FulfilmentState expected, String move) {
        if (state != expected) {
            throw new FulfilmentConflictException("problem.fulfilment.illegal-move", rmaNumber, state.name(), move);
        }
    }

    /**
     * Supply arrived and units were reserved for this backorder: it moves on without anyone deciding
     * — to a shipment request when the returned item was inspected already, else it waits for that.
     */
    public void allocate(Instant now) {
        require(FulfilmentState.BACKORDERED, "allocate");
        unitsReserved = true;
        reservedAt = now;
        state = FulfilmentState.RESERVED;
        if (returnInspected) {
            requestShipment(now);
        }
        updatedAt = now;
    }

    /**
     * The returned units were all graded. A/B units: a reserved replacement becomes a shipping
     * instruction (a backordered one will when allocated). Any unit graded C or missing: the
     * replacement is held for a manager — the customer may not have sent back what they exchange.
     *
     * @return the state after
     */
    public FulfilmentState returnInspected(int unitsGradedCOrMissing, Instant now) {
        if (state != FulfilmentState.RESERVED && state != FulfilmentState.BACKORDERED) {
            throw new FulfilmentConflictException("problem.fulfilment.illegal-move", rmaNumber, state.name(),
                    "inspect");
        }
        returnInspected = true;
        updatedAt = now;
        if (unitsGradedCOrMissing > 0) {
            state = FulfilmentState.HELD;
            heldReason = unitsGradedCOrMissing + " unit(s) graded C or missing";
        } else if (state == FulfilmentState.RESERVED) {
            requestShipment(now);
        }
        return state;
    }

    /**
     * A manager lets a held replacement go: shipment requested when its units are reserved, else
     * back in the backorder queue (keeping its place: the backordered time does not change).
     */
    public void release(Instant now) {
        require(FulfilmentState.HELD, "release");
        heldReason = null;
        updatedAt = now;
        if (unitsReserved) {
            state = FulfilmentState.RESERVED;
            requestShipment(now);
        } else {
            state = FulfilmentState.BACKORDERED;
        }
    }

    /**
     * Reserved units become a shipping instruction, unless an upgrade's difference is still due: then they stay
     * reserved (the return inspected) until {@link #paymentCollected}.
     */
    private void requestShipment(Instant now) {
        if (paymentDue) {
            return;
        }
        state = FulfilmentState.SHIPMENT_REQUESTED;
        shipmentRequestedAt = now;
    }

    /** The return owes an upgrade's difference: this replacement waits for it before it ships. */
    public void awaitPayment() {
        paymentDue = true;
    }

    /**
     * The upgrade's difference was collected: a replacement that waited only for it (reserved, the return
     * inspected) becomes a shipping instruction now.
     *
     * @return whether it did
     */
    public boolean paymentCollected(Instant now) {
        if (!paymentDue) {
            return false;
        }
        paymentDue = false;
        updatedAt = now;
        if (state == FulfilmentState.RESERVED && returnInspected && unitsReserved) {
            requestShipment(now);
            return true;
        }
        return false;
    }

    /** Waiting for an upgrade's difference to be collected. */
    public boolean paymentDue() {
        return paymentDue;
    }

    /**
     * The return was cancelled (before its parcel arrived) or a manager cancelled a held
     * replacement. Shipped or delivered replacements cannot be cancelled.
     *
     * @return the units to give back to stock (0 when none were reserved)
     */
    public int cancel(Instant now) {
        if (state != FulfilmentState.RESERVED && state != FulfilmentState.BACKORDERED
                && state != FulfilmentState.HELD) {
            throw new FulfilmentConflictException("problem.fulfilment.illegal-move", rmaNumber, state.name(), "cancel");
        }
        int release = unitsReserved ? quantity : 0;
        unitsReserved = false;
        state = FulfilmentState.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
        return release;
    }

    /**
     * The warehouse handed the replacement to a carrier. Idempotent: the same tracking number again
     * changes nothing; a different one for a shipped line is refused (409).
     *
     * @return shipped now (false when it already was, with this tracking number)
     */
    public boolean ship(String carrierName, String tracking, Instant now) {
        String c = carrierName == null ? "" : carrierName.strip();
        String t = tracking == null ? "" : tracking.strip();
        if (c.isEmpty() || t.isEmpty()) {
            throw new ReturnRuleViolation("problem.fulfilment.tracking-required");
        }
        if (state == FulfilmentState.SHIPPED || state == FulfilmentState.DELIVERED) {
            if (t.equals(trackingNumber) && c.equalsIgnoreCase(carrier)) {
                return false;
            }
            throw new FulfilmentConflictException("problem.fulfilment.shipped-already", rmaNumber, trackingNumber);
        }
        require(FulfilmentState.SHIPMENT_REQUESTED, "ship");
        carrier = c;
        trackingNumber = t;
        shippedAt = now;
        unitsReserved = false;
        state = FulfilmentState.SHIPPED;
        updatedAt = now;
        return true;
    }

    /**
     * The carrier delivered it. Idempotent for a delivered line.
     *
     * @return delivered now
     */
    public boolean deliver(Instant now) {
        if (state == FulfilmentState.DELIVERED) {
            return false;
        }
        require(FulfilmentState.SHIPPED, "deliver");
        deliveredAt = now;
        state = FulfilmentState.DELIVERED;
        updatedAt = now;
        return true;
    }

    /**
     * Supply for a waiting line was rescheduled. Tells what the customer must hear: the date
     * confirmed for the first time, or a confirmed or promised date moved; nothing otherwise.
     */
    public Reschedule reschedule(LocalDate expectedDate, boolean confirmed, Instant now) {
        if (state != FulfilmentState.BACKORDERED && state != FulfilmentState.HELD) {
            return Reschedule.NONE;
        }
        Objects.requireNonNull(expectedDate);
        boolean moved = !expectedDate.equals(promisedDate);
        boolean firstConfirmation = confirmed && !dateConfirmed;
        if (!moved && !firstConfirmation) {
            return Reschedule.NONE;
        }
        promisedDate = expectedDate;
        dateConfirmed = dateConfirmed || confirmed;
        updatedAt = now;
        return firstConfirmation ? Reschedule.CONFIRMED : Reschedule.MOVED;
    }

    /**
     * Is {@code choice} by {@code actor} the one already made? Then repeating it changes nothing
     * (a double tap, a retried request). Otherwise the line must still be waiting: once stock was
     * allocated, or another choice moved it on, a new choice is refused (409) — so a choice racing
     * an allocation either applies before it or is refused after it, never both.
     *
     * @return true when this choice was already made (nothing to do)
     */
    public boolean alreadyChosen(BackorderChoice wanted, Long switchVariantId) {
        if (choice == wanted && (wanted != BackorderChoice.SWITCH || Objects.equals(switchVariantId, variantId))) {
            return true;
        }
        if (state != FulfilmentState.BACKORDERED) {
            throw new FulfilmentConflictException("problem.backorder.not-waiting", rmaNumber, state.name());
        }
        return false;
    }

    /** The customer keeps waiting for the promised date; the line stays in the queue as it was. */
    public void chooseToWait(String actor, Instant now) {
        require(FulfilmentState.BACKORDERED, "wait");
        chosen(BackorderChoice.WAIT, actor, now);
    }

    /**
     * The customer takes another variant in stock: its units were reserved by the caller; the line
     * leaves the queue of the awaited variant and goes on as an allocated line would (a shipment
     * request if the returned item was inspected, else reserved until it is).
     */
    public void switchTo(long newVariantId, String actor, Instant now) {
        require(FulfilmentState.BACKORDERED, "switch");
        switchedFromVariantId = variantId;
        variantId = newVariantId;
        chosen(BackorderChoice.SWITCH, actor, now);
        allocate(now);
    }

    /** The customer cancels the exchange for a refund; nothing was reserved, so nothing goes back to stock. */
    public void cancelForRefund(String actor, Instant now) {
        require(FulfilmentState.BACKORDERED, "cancel for a refund");
        chosen(BackorderChoice.CANCEL_FOR_REFUND, actor, now);
        cancel(now);
    }

    /**
     * Split shipment (分納): {@code units} of this backorder are in stock and ship now under their own
     * line; this one keeps waiting with the rest, its place in the queue unchanged.
     */
    public void splitOff(int units, String actor, Instant now) {
        require(FulfilmentState.BACKORDERED, "split");
        if (units <= 0 || units >= quantity) {
            throw new IllegalArgumentException("Cannot split " + units + " of " + quantity);
        }
        quantity -= units;
        chosen(BackorderChoice.SPLIT, actor, now);
    }

    /**
     * The replacement of the units a split ships now ({@code units}: the new line, reserved by the
     * caller): it moves on as an allocated backorder would, and keeps the waiting one's history.
     */
    public static ExchangeFulfilment splitFrom(ExchangeFulfilment waiting, ReturnRequest request,
                                               ReturnRequest.ExchangeUnits units, String actor, Instant now) {
        ExchangeFulfilment f = new ExchangeFulfilment(request, units, FulfilmentState.BACKORDERED, now);
        f.backorderedAt = waiting.backorderedAt;
        f.promisedDate = waiting.promisedDate;
        f.dateConfirmed = waiting.dateConfirmed;
        f.supplyReference = waiting.supplyReference;
        f.returnInspected = waiting.returnInspected;
        f.paymentDue = waiting.paymentDue;
        f.chosen(BackorderChoice.SPLIT, actor, now);
        f.allocate(now);
        return f;
    }

    private void chosen(BackorderChoice made, String actor, Instant now) {
        choice = made;
        chosenBy = Objects.requireNonNull(actor);
        chosenAt = now;
        updatedAt = now;
    }

    public BackorderChoice choice() {
        return choice;
    }

    public Instant chosenAt() {
        return chosenAt;
    }

    public String chosenBy() {
        return chosenBy;
    }

    public Long switchedFromVariantId() {
        return switchedFromVariantId;
    }

    /** What a rescheduled supply means for the customer. */
    public enum Reschedule { NONE, CONFIRMED, MOVED }

    /**
     * The supply this waiting line was promised on is gone (its only purchase order cancelled, the
     * catalog's restock date cleared or passed): the date is unknown again and unconfirmed, so the
     * next known date is a new second notice.
     *
     * @return whether the customer has something to be told (the line had a date)
     */
    public boolean supplyLost(Instant now) {
        if (state != FulfilmentState.BACKORDERED && state != FulfilmentState.HELD
                || promisedDate == null && !dateConfirmed) {
            return false;
        }
        promisedDate = null;
        dateConfirmed = false;
        updatedAt = now;
        return true;
    }

    /** A notice (first, second, reminder, shipped) went out for this line. */
    public void noticeSent(Instant now) {
        noticesSent++;
        lastNoticeAt = now;
    }

    /** Waiting past its promised date (the queue's "late"), or requested and not shipped after a day. */
    public boolean late(LocalDate today, Instant now) {
        return switch (state) {
            case BACKORDERED, HELD -> promisedDate != null && today.isAfter(promisedDate);
            case SHIPMENT_REQUESTED -> shipmentRequestedAt != null
                    && now.isAfter(shipmentRequestedAt.plus(java.time.Duration.ofHours(24)));
            default -> false;
        };
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public long returnId() {
        return returnId;
    }

    public long returnLineId() {
        return returnLineId;
    }

    public String rmaNumber() {
        return rmaNumber;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerLanguage() {
        return customerLanguage;
    }

    public long variantId() {
        return variantId;
    }

    public int quantity() {
        return quantity;
    }

    public FulfilmentState state() {
        return state;
    }

    public boolean unitsReserved() {
        return unitsReserved;
    }

    public boolean returnInspectedYet() {
        return returnInspected;
    }

    public Instant backorderedAt() {
        return backorderedAt;
    }

    public LocalDate promisedDate() {
        return promisedDate;
    }

    public boolean dateConfirmed() {
        return dateConfirmed;
    }

    public String supplyReference() {
        return supplyReference;
    }

    public int noticesSent() {
        return noticesSent;
    }

    public Instant lastNoticeAt() {
        return lastNoticeAt;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public String heldReason() {
        return heldReason;
    }

    public Instant shipmentRequestedAt() {
        return shipmentRequestedAt;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant shippedAt() {
        return shippedAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
