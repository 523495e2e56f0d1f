package com.kaeru.backend.platform.persistence;

import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure of the database itself (down, restarting, read-only, out of disk) from a bug, so
 * the caller gets a 503 to retry rather than an internal error. Whatever was being written was rolled
 * back with the failed transaction, so "try again" is always safe.
 */
public enum DatabaseOutage {
    /** Not reachable, shutting down or starting up, or the pool could not get a connection. */
    UNREACHABLE,
    /** Reachable but refusing writes (a read-only replica, {@code default_transaction_read_only}). */
    READ_ONLY,
    /** Out of disk, memory or connections. */
    OUT_OF_RESOURCES;

    /** SQLSTATEs of a server shutting down ({@code 57P01}, {@code 57P02}) or not yet accepting ({@code 57P03}). */
    private static final Set<String> SHUTTING_DOWN = Set.of("57P01", "57P02", "57P03");

    /** The outage behind {@code failure}, looking through every wrapper (JTA, EclipseLink, the pool). */
    public static Optional<DatabaseOutage> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<DatabaseOutage> found = classify(t);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<DatabaseOutage> classify(Throwable t) {
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.startsWith("08") || SHUTTING_DOWN.contains(state)) {
                return Optional.of(UNREACHABLE);
            }
            if (state.equals("25006")) {
                return Optional.of(READ_ONLY);
            }
            if (state.startsWith("53")) {
                return Optional.of(OUT_OF_RESOURCES);
            }
        }
        if (t instanceof ConnectException) {
            return Optional.of(UNREACHABLE);
        }
        // The application server's pool reports "Error in allocating a connection" as an SQLException
        // without a state, caused by a connector resource exception (matched by package, so this class
        // needs no connector API at compile time) that does not always keep the driver's cause.
        if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                && sql.getMessage().contains("allocating a connection")) {
            return Optional.of(UNREACHABLE);
        }
        if (t.getClass().getName().startsWith("jakarta.resource.")) {
            return Optional.of(UNREACHABLE);
        }
        return Optional.empty();
    }
}
