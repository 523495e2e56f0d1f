package com.kaeru.backend.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database answers; load balancers and the launcher wait for this. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {
    public static final String NAME = "kaeru-database";

    @Resource(lookup = KaeruDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named(NAME).status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getSQLState() == null ? "unavailable"
                    : e.getSQLState()).build();
        }
    }
}
