package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.returns.domain.PickupSlot;
import com.kaeru.backend.returns.domain.PostalAddress;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnMethod;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.returns.domain.ReturnStatus;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * A return's own parcel and the carrier: the pickups still to be collected (for the carriers'
 * shipping instructions), the carrier collecting one (IN_TRANSIT, {@code ReturnInTransit} with the
 * tracking link) and delivering it to the warehouse. Each call is one transaction, so a tracking
 * import applies line by line.
 */
@ApplicationScoped
public class ReturnTracking {
    /** At most this many pickups in one export (carriers' import screens take a few thousand). */
    public static final int MAX_PICKUPS = 5_000;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    StatusChanges changes;
    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** Refuses (403/404) a caller who may not record carrier events in this shop, before any line is read. */
    @Transactional
    public void requireTracking(String slug) {
        access.enter(slug, Permission.PROCESS_RETURNS);
    }

    /** A pickup a carrier still has to collect: the customer sends, the shop receives. */
    public record Pickup(String rma, LocalDate date, PickupSlot slot, PostalAddress from, int units) {
    }

    /** Approved pickups (AWAITING_SHIPMENT) not collected yet, oldest pickup date first. */
    @Transactional
    public List<Pickup> pickupsToCollect(String slug) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        ReturnFilter filter = new ReturnFilter(Set.of(ReturnStatus.AWAITING_SHIPMENT), null, false, Set.of(), null,
                ReturnMethod.PICKUP, null, null, null, null, null);
        return returns.search(shop.id(), filter, clock.instant(), 0, MAX_PICKUPS).stream()
                .filter(r -> r.trackingNumber() == null && r.logistics().address() != null)
                .map(r -> new Pickup(r.rmaNumber(), r.logistics().pickupDate(), r.logistics().pickupSlot(),
                        r.logistics().address(), r.lines().stream().mapToInt(l -> l.quantity()).sum()))
                .sorted(java.util.Comparator.comparing(Pickup::date, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder())).thenComparing(Pickup::rma))
                .toList();
    }

    /**
     * The carrier collected the return's parcel under this slip.
     *
     * @return whether it changed anything (the same slip again does not)
     */
    @Transactional
    public boolean collected(String slug, String rma, String carrierCode, String trackingNumber) {
        Shop shop = access.enter(slug, Permission.PROCESS_RETURNS);
        ReturnRequest request = returns.findByRmaForUpdate(shop.id(), rma)
                .orElseThrow(() -> new NotFoundException("problem.not-found.return", rma));
        if (!request.collectedByCarrier(carrierCode, trackingNumber, caller.username(), clock.instant())) {
            return false;
        }
        changes.record(shop, request);
        returns.save(request);
        return true;
    }

    /**
     * The carrier delivered the return's parcel to the warehouse (recorded and audited; receiving
     * it stays the warehouse's move).
     *
     * @return whether it changed anything
     */
    @Transactional
    public boolean delivered(String slug, String rma, String trackingNumber) {
        Shop shop = access.enter(slug, Permission.PROCESS_RETURNS);
        ReturnRequest request = returns.findByRmaForUpdate(shop.id(), rma)
                .orElseThrow(() -> new NotFoundException("problem.not-found.return", rma));
        Instant now = clock.instant();
        if (!request.deliveredByCarrier(trackingNumber, now)) {
            return false;
        }
        audit.record(shop.id(), AuditTrail.RETURN, rma, "CARRIER_DELIVERED", null, null, caller.username(),
                request.carrier() + " " + trackingNumber, now);
        returns.save(request);
        return true;
    }
}
