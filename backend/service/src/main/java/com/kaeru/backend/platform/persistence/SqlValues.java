package com.kaeru.backend.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values read by native queries, as the JDBC driver hands them back. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code timestamptz} column as an instant ({@code null} stays {@code null}). */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return Instant.parse(value.toString());
    }
}
