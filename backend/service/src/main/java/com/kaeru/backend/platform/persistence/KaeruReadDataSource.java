package com.kaeru.backend.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The read-only connection pool for heavy reads that tolerate a second of replication lag (the
 * agency's cross-shop queue and the insights figures, marked {@link ReadReplica}). It points at
 * {@code kaeru.db.read-url} (a hot standby, e.g. CloudNativePG's {@code kaeru-db-ro} service) and
 * defaults to the primary's URL and login. Every session is read-only ({@code
 * default_transaction_read_only}), so a write routed here fails even against the primary; it logs
 * in as the application role (or {@code kaeru.db.read-user}, which must be able to {@code set role
 * <kaeru.db.user>_agency_reader} like the application role), so row-level security applies exactly
 * as on the primary. Its sessions are named {@code kaeru-read} in {@code pg_stat_activity}.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = KaeruReadDataSource.JNDI_NAME,
        className = "com.kaeru.backend.platform.persistence.StatementCountingDataSource",
        url = "${MPCONFIG=kaeru.db.read-url}",
        user = "${MPCONFIG=kaeru.db.read-user}",
        password = "${MPCONFIG=kaeru.db.read-password}",
        minPoolSize = 1,
        maxPoolSize = 16,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "applicationName=" + KaeruReadDataSource.APPLICATION_NAME,
                // An unreachable replica answers in seconds, and reads fall back to the primary.
                "connectTimeout=3",
                // As the primary pool (KaeruDataSource), and every transaction read-only.
                "options=-c plan_cache_mode=force_custom_plan -c default_transaction_read_only=on"
        })
public class KaeruReadDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/kaeru-read";
    /** The {@code application_name} of the pool's sessions. */
    public static final String APPLICATION_NAME = "kaeru-read";
}
