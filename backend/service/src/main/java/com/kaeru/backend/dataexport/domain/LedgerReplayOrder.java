package com.kaeru.backend.dataexport.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;

/**
 * The order in which an import replays a shop's stock movements. The ledger's trigger applies each
 * movement to its level at once, and the level's CHECKs (never negative, reserved &lt;= sellable)
 * hold after every row; archived ids are not the order the ledger applied movements in (ids are
 * handed out in blocks per instance, and overlapping transactions commit in another order). So per
 * location and variant: oldest first ({@code occurredAt}, then id), and a movement that would break
 * a CHECK at its turn waits until one after it makes room. The original history was valid in its
 * commit order, so such an order exists; if none is found the rest follows in time order and the
 * database refuses the import as a whole (nothing half-restored).
 */
public final class LedgerReplayOrder {
    /** One archived movement: its position in the archive, its level key, its time and its deltas. */
    public record Movement(int index, String location, String variant, String occurredAt, long id, int sellable,
                           int outlet, int reserved, int incoming) {
    }

    private LedgerReplayOrder() {
    }

    /** The archive positions in replay order. */
    public static List<Integer> of(List<Movement> movements) {
        Map<String, List<Movement>> byLevel = new LinkedHashMap<>();
        for (Movement m : movements) {
            byLevel.computeIfAbsent(m.location() + "/" + m.variant(), k -> new ArrayList<>()).add(m);
        }
        List<Integer> order = new ArrayList<>(movements.size());
        for (List<Movement> level : byLevel.values()) {
            level.sort(Comparator.comparing(Movement::occurredAt).thenComparingLong(Movement::id));
            LinkedList<Movement> pending = new LinkedList<>(level);
            long[] units = new long[4]; // sellable, outlet, reserved, incoming: an imported shop starts at 0
            while (!pending.isEmpty()) {
                Movement next = takeFirstApplicable(pending, units);
                if (next == null) {
                    pending.forEach(m -> order.add(m.index()));
                    break;
                }
                units[0] += next.sellable();
                units[1] += next.outlet();
                units[2] += next.reserved();
                units[3] += next.incoming();
                order.add(next.index());
            }
        }
        return order;
    }

    private static Movement takeFirstApplicable(LinkedList<Movement> pending, long[] units) {
        for (ListIterator<Movement> it = pending.listIterator(); it.hasNext(); ) {
            Movement m = it.next();
            long sellable = units[0] + m.sellable();
            long outlet = units[1] + m.outlet();
            long reserved = units[2] + m.reserved();
            long incoming = units[3] + m.incoming();
            if (sellable >= 0 && outlet >= 0 && reserved >= 0 && incoming >= 0 && reserved <= sellable) {
                it.remove();
                return m;
            }
        }
        return null;
    }
}
