package com.kaeru.backend.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool. It logs in as the application role, which is neither
 * superuser nor table owner, so PostgreSQL's row-level security applies to every statement.
 * URL and credentials come from MicroProfile Config ({@code kaeru.db.*}, or {@code KAERU_DB_*}
 * environment variables).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = KaeruDataSource.JNDI_NAME,
        className = "com.kaeru.backend.platform.persistence.StatementCountingDataSource",
        url = "${MPCONFIG=kaeru.db.url}",
        user = "${MPCONFIG=kaeru.db.user}",
        password = "${MPCONFIG=kaeru.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit",
                "fish.payara.fail-all-connections=true",
                "applicationName=" + KaeruDataSource.APPLICATION_NAME,
                // Plan each statement for its parameters: shops differ in size by three orders of
                // magnitude, and a cached generic plan made for the average shop scans all of a large
                // shop's rows where its own plan reads fifty (deploy/benchmarks/README.md).
                "options=-c plan_cache_mode=force_custom_plan"
        })
public class KaeruDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/kaeru";
    /** The {@code application_name} of the pool's sessions ({@code pg_stat_activity}). */
    public static final String APPLICATION_NAME = "kaeru";
}
