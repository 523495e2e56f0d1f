package com.kaeru.backend.address.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the postal directory is in memory, so no address check waits for it behind a load balancer. */
@Readiness
@ApplicationScoped
public class PostalDataReadinessCheck implements HealthCheck {
    public static final String NAME = "kaeru-postal-directory";

    @Inject
    PostalData postalData;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named(NAME).status(postalData.isLoaded()).build();
    }
}
