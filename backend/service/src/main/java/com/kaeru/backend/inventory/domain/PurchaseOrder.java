package com.kaeru.backend.inventory.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.kaeru.backend.platform.errors.InvalidFieldsException;

/**
 * A purchase order (発注): units of some variants ordered from a supplier for one location,
 * expected on a date the supplier may have confirmed. The aggregate decides; the caller turns each
 * decision into ledger movements in the same transaction:
 * <ul>
 *   <li>{@link #place}: every line's units become incoming ({@code SUPPLY_ORDERED} +n);</li>
 *   <li>{@link #reschedule}: a new expected date or its confirmation (the waiting customers are told);</li>
 *   <li>{@link #receive}: units arrived, partially or fully ({@code RECEIPT}: incoming −n, sellable +n);
 *       never more than ordered;</li>
 *   <li>{@link #cancel}: what is still due will not come ({@code SUPPLY_ORDERED} −remaining).</li>
 * </ul>
 * Only an open order (OPEN, PARTIALLY_RECEIVED) moves; a received or cancelled one is closed.
 */
public final class PurchaseOrder {
    private final Long id;
    private final String number;
    private final String supplier;
    private final long locationId;
    private final String location;
    private LocalDate expectedDate;
    private boolean confirmed;
    private final String note;
    private PurchaseOrderStatus status;
    private final String createdBy;
    private final Instant createdAt;
    private String cancelledBy;
    private Instant cancelledAt;
    private final List<Line> lines;

    /** One variant ordered; {@code received} never exceeds {@code ordered}. */
    public record Line(long variantId, String sku, String productNameJa, String productNameEn, int ordered,
                       int received) {
        public int remaining() {
            return ordered - received;
        }

        Line plusReceived(int units) {
            return new Line(variantId, sku, productNameJa, productNameEn, ordered, received + units);
        }
    }

    /** Units of one variant a move changes (received now, or no longer due). */
    public record Units(long variantId, String sku, int units) {
    }

    /** What a reschedule changed; nothing to tell anyone when {@link #changed()} is false. */
    public record Schedule(LocalDate expectedDate, boolean confirmed, boolean changed) {
    }

    public PurchaseOrder(Long id, String number, String supplier, long locationId, String location,
                         LocalDate expectedDate, boolean confirmed, String note, PurchaseOrderStatus status,
                         String createdBy, Instant createdAt, String cancelledBy, Instant cancelledAt,
                         List<Line> lines) {
        this.id = id;
        this.number = Objects.requireNonNull(number);
        this.supplier = supplier;
        this.locationId = locationId;
        this.location = location;
        this.expectedDate = Objects.requireNonNull(expectedDate);
        this.confirmed = confirmed;
        this.note = note;
        this.status = Objects.requireNonNull(status);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.cancelledBy = cancelledBy;
        this.cancelledAt = cancelledAt;
        this.lines = new ArrayList<>(lines);
    }

    /**
     * A new order. Refuses (422, per field) an expected date before {@code today} (the shop's
     * calendar day), no lines, a variant ordered on two lines, or a line of no units.
     */
    public static PurchaseOrder place(String number, String supplier, Location location, LocalDate expectedDate,
                                      boolean confirmed, String note, List<Line> lines, String createdBy,
                                      Instant now, LocalDate today) {
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        if (expectedDate.isBefore(today)) {
            issues.add(new InvalidFieldsException.Issue("expectedDate", "problem.supply.date-past", expectedDate, today));
        }
        if (lines.isEmpty()) {
            issues.add(new InvalidFieldsException.Issue("lines", "problem.supply.no-lines"));
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.ordered() <= 0) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].quantity", "problem.supply.quantity-positive"));
            }
            if (!seen.add(line.variantId())) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].sku", "problem.supply.sku-twice", line.sku()));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        List<Line> fresh = lines.stream().map(l -> new Line(l.variantId(), l.sku(), l.productNameJa(), l.productNameEn(),
                l.ordered(), 0)).toList();
        return new PurchaseOrder(null, number, supplier, location.id(), location.code(), expectedDate, confirmed, note,
                PurchaseOrderStatus.OPEN, createdBy, now, null, null, fresh);
    }

    /** The units {@link #place} makes incoming, per line. */
    public List<Units> ordered() {
        return lines.stream().map(l -> new Units(l.variantId(), l.sku(), l.ordered())).toList();
    }

    /**
     * A new expected date and/or the supplier's confirmation. A date before {@code today} is refused
     * (422); so is moving a closed order (409). Unchanged values are no change (nobody is told twice).
     */
    public Schedule reschedule(LocalDate newDate, boolean newConfirmed, LocalDate today) {
        requireOpen();
        if (newDate.isBefore(today)) {
            throw new InvalidFieldsException(List.of(new InvalidFieldsException.Issue("expectedDate",
                    "problem.supply.date-past", newDate, today)));
        }
        boolean changed = !newDate.equals(expectedDate) || newConfirmed != confirmed;
        expectedDate = newDate;
        confirmed = newConfirmed;
        return new Schedule(expectedDate, confirmed, changed);
    }

    /**
     * Units that arrived, per variant id (SKUs already resolved by the caller). Partial receipts are
     * fine; a variant not on the order, zero or negative units, or more than a line still expects is
     * refused (422, field {@code lines[i].…} by the position in {@code units}) and nothing changes.
     *
     * @return what to post as RECEIPT movements, in the order given
     */
    public List<Units> receive(LinkedHashMap<Long, Integer> units) {
        requireOpen();
        List<InvalidFieldsException.Issue> issues = new ArrayList<>();
        Map<Long, Line> byVariant = new LinkedHashMap<>();
        lines.forEach(l -> byVariant.put(l.variantId(), l));
        int i = 0;
        for (Map.Entry<Long, Integer> e : units.entrySet()) {
            Line line = byVariant.get(e.getKey());
            if (line == null) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].sku", "problem.supply.not-on-order", number));
            } else if (e.getValue() == null || e.getValue() <= 0) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].quantity", "problem.supply.quantity-positive"));
            } else if (e.getValue() > line.remaining()) {
                issues.add(new InvalidFieldsException.Issue("lines[" + i + "].quantity", "problem.supply.more-than-ordered",
                        line.sku(), e.getValue(), line.remaining()));
            }
            i++;
        }
        if (units.isEmpty()) {
            issues.add(new InvalidFieldsException.Issue("lines", "problem.supply.no-lines"));
        }
        if (!issues.isEmpty()) {
            throw new InvalidFieldsException(issues);
        }
        List<Units> received = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : units.entrySet()) {
            Line line = byVariant.get(e.getKey());
            lines.set(lines.indexOf(line), line.plusReceived(e.getValue()));
            received.add(new Units(line.variantId(), line.sku(), e.getValue()));
        }
        status = lines.stream().allMatch(l -> l.remaining() == 0) ? PurchaseOrderStatus.RECEIVED
                : PurchaseOrderStatus.PARTIALLY_RECEIVED;
        return received;
    }

    /**
     * Closes an open order; units already received stay received.
     *
     * @return the units that were still due, per line with any (to take out of incoming)
     */
    public List<Units> cancel(String actor, Instant now) {
        requireOpen();
        List<Units> remaining = lines.stream().filter(l -> l.remaining() > 0)
                .map(l -> new Units(l.variantId(), l.sku(), l.remaining())).toList();
        status = PurchaseOrderStatus.CANCELLED;
        cancelledBy = actor;
        cancelledAt = now;
        return remaining;
    }

    /** Open and expected before {@code today}: the supplier is late. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && expectedDate.isBefore(today);
    }

    private void requireOpen() {
        if (status == PurchaseOrderStatus.CANCELLED) {
            throw new PurchaseOrderException("problem.supply.cancelled", number);
        }
        if (status == PurchaseOrderStatus.RECEIVED) {
            throw new PurchaseOrderException("problem.supply.received", number);
        }
    }

    public int orderedUnits() {
        return lines.stream().mapToInt(Line::ordered).sum();
    }

    public int receivedUnits() {
        return lines.stream().mapToInt(Line::received).sum();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String supplier() {
        return supplier;
    }

    public long locationId() {
        return locationId;
    }

    public String location() {
        return location;
    }

    public LocalDate expectedDate() {
        return expectedDate;
    }

    public boolean confirmed() {
        return confirmed;
    }

    public String note() {
        return note;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String cancelledBy() {
        return cancelledBy;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The number shown for a shop's n-th order: {@code PO-000001}. */
    public static String number(long sequence) {
        return String.format("PO-%06d", sequence);
    }
}
