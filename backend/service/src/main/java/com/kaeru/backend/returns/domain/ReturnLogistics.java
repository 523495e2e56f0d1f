package com.kaeru.backend.returns.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How the parcel of a return comes back (label, drop-off point, or a booked carrier pickup) and
 * the address used for the pickup and for an exchange shipment. Built only through
 * {@link #arrange}, which enforces what each method needs.
 */
@Embeddable
public class ReturnLogistics {
    /** A pickup can be booked from tomorrow up to this many days ahead, as carriers allow. */
    public static final int PICKUP_DAYS_AHEAD = 7;

    @Enumerated(EnumType.STRING)
    @Column(name = "return_method", nullable = false)
    private ReturnMethod method;
    @Column(name = "pickup_date")
    private LocalDate pickupDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "pickup_slot")
    private PickupSlot pickupSlot;
    @Enumerated(EnumType.STRING)
    @Column(name = "drop_off_point")
    private DropOffPoint dropOffPoint;
    @Embedded
    private PostalAddress address;

    protected ReturnLogistics() {
    }

    private ReturnLogistics(ReturnMethod method, LocalDate pickupDate, PickupSlot pickupSlot,
                            DropOffPoint dropOffPoint, PostalAddress address) {
        this.method = method;
        this.pickupDate = pickupDate;
        this.pickupSlot = pickupSlot;
        this.dropOffPoint = dropOffPoint;
        this.address = address;
    }

    /** A label return with no address needed: what tests and simple integrations use. */
    public static ReturnLogistics prepaidLabel() {
        return new ReturnLogistics(ReturnMethod.PREPAID_LABEL, null, null, null, null);
    }

    /**
     * Checks a customer's choice against what the shop offers and what the method needs.
     *
     * @param offered       the shop's return methods
     * @param addressNeeded an exchange will be shipped, so an address is needed even without a pickup
     * @param today         today in the shop's time zone
     */
    public static ReturnLogistics arrange(ReturnMethod method, List<String> offered, LocalDate pickupDate,
                                          PickupSlot pickupSlot, DropOffPoint dropOffPoint, PostalAddress address,
                                          boolean addressNeeded, LocalDate today) {
        if (!offered.contains(method.name())) {
            throw new ReturnRuleViolation("problem.return.method-not-offered", method.name());
        }
        if (method == ReturnMethod.PICKUP) {
            if (pickupDate == null || pickupSlot == null) {
                throw new ReturnRuleViolation("problem.return.pickup-missing");
            }
            if (!pickupDate.isAfter(today) || pickupDate.isAfter(today.plusDays(PICKUP_DAYS_AHEAD))) {
                throw new ReturnRuleViolation("problem.return.pickup-date", pickupDate, today.plusDays(1),
                        today.plusDays(PICKUP_DAYS_AHEAD));
            }
        }
        if (method == ReturnMethod.DROP_OFF && dropOffPoint == null) {
            throw new ReturnRuleViolation("problem.return.drop-off-missing");
        }
        boolean needsAddress = addressNeeded || method == ReturnMethod.PICKUP;
        if (needsAddress && (address == null || !address.complete())) {
            throw new ReturnRuleViolation("problem.return.address-missing");
        }
        return new ReturnLogistics(method,
                method == ReturnMethod.PICKUP ? pickupDate : null,
                method == ReturnMethod.PICKUP ? pickupSlot : null,
                method == ReturnMethod.DROP_OFF ? dropOffPoint : null,
                needsAddress ? address : null);
    }

    public ReturnMethod method() {
        return method;
    }

    public LocalDate pickupDate() {
        return pickupDate;
    }

    public PickupSlot pickupSlot() {
        return pickupSlot;
    }

    public DropOffPoint dropOffPoint() {
        return dropOffPoint;
    }

    /** Pickup and exchange address, or {@code null} when neither applies. */
    public PostalAddress address() {
        return address;
    }
}
