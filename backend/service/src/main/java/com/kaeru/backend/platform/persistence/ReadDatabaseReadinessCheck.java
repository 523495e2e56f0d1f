package com.kaeru.backend.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The read data source ({@link KaeruReadDataSource}) in readiness. A replica that does not answer
 * leaves the instance ready (the primary serves the heavy reads meanwhile, {@link ReadReplicaRouting}):
 * taking every instance out of the load balancer for a lost replica would turn slower reports into
 * an outage. The check says where the reads go ({@code reads}: {@code read-data-source} or
 * {@code primary}) and why; each probe that reaches the replica again sends the reads back to it.
 */
@Readiness
@ApplicationScoped
public class ReadDatabaseReadinessCheck implements HealthCheck {
    public static final String NAME = "kaeru-database-read";

    @Resource(lookup = KaeruReadDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            ReadReplicaRouting.replicaAvailable(valid);
            return HealthCheckResponse.named(NAME).up().withData("reads", valid ? "read-data-source" : "primary").build();
        } catch (SQLException e) {
            ReadReplicaRouting.replicaAvailable(false);
            return HealthCheckResponse.named(NAME).up().withData("reads", "primary")
                    .withData("error", e.getSQLState() == null ? "unavailable" : e.getSQLState()).build();
        }
    }
}
