package com.kaeru.backend.dataexport.domain;

import java.util.List;
import java.util.Map;

/**
 * What an import restores, in the order it restores it (every reference points back to an earlier table), and how.
 * Rows get new ids in the new shop; references to restored rows follow them, a nullable reference to anything not
 * restored becomes empty. Everything else in an archive is not restored (docs/data-export.md lists it).
 */
public final class RestoredTables {
    /** How a table's rows are restored. */
    public enum Mode {
        /** A new row per archived row. */
        INSERT,
        /** A row of the same {@code code} that the new shop already has (its default location) is reused. */
        MATCH_CODE,
        /** Only the key columns, where the row does not exist yet (levels follow from the movements). */
        ENSURE_KEY
    }

    public record Table(String name, Mode mode) {
    }

    public static final List<Table> ORDER = List.of(
            new Table("product", Mode.INSERT),
            new Table("variant", Mode.INSERT),
            new Table("stock_location", Mode.MATCH_CODE),
            new Table("stock_movement", Mode.INSERT),
            new Table("stock_level", Mode.ENSURE_KEY),
            new Table("return_reason", Mode.MATCH_CODE),
            new Table("policy_rule", Mode.INSERT),
            new Table("customer_order", Mode.INSERT),
            new Table("order_line", Mode.INSERT),
            new Table("return_request", Mode.INSERT),
            new Table("return_line", Mode.INSERT),
            new Table("return_note", Mode.INSERT),
            new Table("refund", Mode.INSERT));

    /** Columns that triggers keep and that therefore start from their default (the triggers count them again). */
    public static final Map<String, String> RECOUNTED = Map.of("order_line.units_in_returns", "0");

    private RestoredTables() {
    }
}
