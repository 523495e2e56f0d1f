package com.kaeru.backend.platform.persistence;

import java.sql.SQLException;

/** Reads which database constraint a failed statement violated, through the JPA wrappers. */
public final class Constraints {
    private Constraints() {
    }

    /** True when the cause chain holds PostgreSQL's error for the named constraint. */
    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                    && constraint.equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null
                    && violated(sql.getNextException(), constraint)) {
                return true;
            }
        }
        return false;
    }
}
