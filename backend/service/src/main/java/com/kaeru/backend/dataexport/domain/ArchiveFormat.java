package com.kaeru.backend.dataexport.domain;

import java.util.Locale;
import java.util.Set;

/**
 * The export ZIP's layout (docs/data-export.md): {@code manifest.json}, {@code shop.json} (the shop's settings
 * row), {@code team.csv} (the team: e-mail and role per person), one {@code tables/<table>.csv} per tenant table (PostgreSQL's CSV dialect: a header, NULL as an unquoted
 * empty field, every other value quoted, values in PostgreSQL's text form), and binary columns (photos, the logo)
 * as {@code files/<table>/<key>/<column>} entries that the CSV cell names.
 */
public final class ArchiveFormat {
    /** Bumped whenever a reader of an older archive would misread a newer one. */
    public static final int VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String SHOP = "shop.json";
    /** The shop's team memberships ({@link TeamMembership}): header {@code email,role}. */
    public static final String TEAM = "team.csv";
    /** What a secret cell holds in the archive. */
    public static final String REMOVED = "[removed]";

    /**
     * Tables never written: the exports themselves (an archive inside the next archive), and a search index that
     * triggers derive from the orders.
     */
    private static final Set<String> SKIPPED_TABLES = Set.of("data_export", "data_export_part", "customer_name_key");
    /** Columns that authenticate somebody: never leave the database. */
    private static final Set<String> SECRET_COLUMNS = Set.of("secret", "previous_secret", "secret_hash", "code_sha256");
    /**
     * Bearer codes worth money: only their last four characters leave, enough to recognise one. (Gift codes are
     * stored as a hash and their last four already; the hash is a secret column.)
     */
    private static final Set<String> MONEY_CODES = Set.of("coupon.code");

    private ArchiveFormat() {
    }

    public static boolean exported(String table) {
        return !SKIPPED_TABLES.contains(table);
    }

    public static String tableEntry(String table) {
        return "tables/" + table + ".csv";
    }

    /** The table an entry of {@link #tableEntry} holds, or null for another entry. */
    public static String tableOf(String entry) {
        return entry.startsWith("tables/") && entry.endsWith(".csv")
                ? entry.substring("tables/".length(), entry.length() - ".csv".length()) : null;
    }

    /** Whether a column's values are masked (so an import cannot restore them). */
    public static boolean masked(String table, String column) {
        return SECRET_COLUMNS.contains(column.toLowerCase(Locale.ROOT))
                || MONEY_CODES.contains(table + "." + column.toLowerCase(Locale.ROOT));
    }

    /** The value written for a cell ({@code null} stays null). */
    public static String cell(String table, String column, String value) {
        if (value == null || !masked(table, column)) {
            return value;
        }
        if (MONEY_CODES.contains(table + "." + column.toLowerCase(Locale.ROOT)) && value.length() > 4) {
            return "*".repeat(value.length() - 4) + value.substring(value.length() - 4);
        }
        return REMOVED;
    }
}
