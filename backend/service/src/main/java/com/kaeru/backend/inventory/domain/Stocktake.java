package com.kaeru.backend.inventory.domain;

import java.time.Instant;
import java.util.List;

/**
 * A stocktake (棚卸) of one location: what was counted against what the books said at counting
 * time. Posting adjusts by the discrepancy seen then (counted − booked), not to the count: units
 * that moved between counting and posting (a grade, a shipment) stay explained by their own
 * movements, exactly as with a sync's {@code asOf}.
 */
public record Stocktake(long id, long locationId, String location, boolean posted, String note, String countedBy,
                        Instant countedAt, String postedBy, Instant postedAt, String reason, List<Line> lines) {

    /** One counted SKU; {@code countedOutlet} is null when outlet stock was not counted. */
    public record Line(long variantId, String sku, String productNameJa, String productNameEn, int countedSellable,
                       Integer countedOutlet, int bookedSellable, int bookedOutlet) {

        public int sellableDiscrepancy() {
            return countedSellable - bookedSellable;
        }

        /** Null when outlet was not counted. */
        public Integer outletDiscrepancy() {
            return countedOutlet == null ? null : countedOutlet - bookedOutlet;
        }

        public boolean hasDiscrepancy() {
            return sellableDiscrepancy() != 0 || (outletDiscrepancy() != null && outletDiscrepancy() != 0);
        }

        /** The adjustment posting makes. */
        public Deltas adjustment() {
            return new Deltas(sellableDiscrepancy(), outletDiscrepancy() == null ? 0 : outletDiscrepancy(), 0, 0);
        }
    }

    public String reference() {
        return "ST-" + id;
    }

    public int linesWithDiscrepancy() {
        return (int) lines.stream().filter(Line::hasDiscrepancy).count();
    }
}
