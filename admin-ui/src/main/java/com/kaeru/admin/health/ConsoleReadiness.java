package com.kaeru.admin.health;

import com.kaeru.ui.UiReadiness;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** The staff console's part of {@code /health/ready} (named {@value #NAME}): see {@link UiReadiness}. */
@Readiness
@ApplicationScoped
public class ConsoleReadiness implements HealthCheck {
    static final String NAME = "kaeru-console";

    private UiReadiness readiness;

    @Inject
    void configure(@ConfigProperty(name = "kaeru.api.url") String apiUrl) {
        readiness = new UiReadiness(NAME, apiUrl);
    }

    void vaadinStarted(@Observes ServiceInitEvent event) {
        readiness.vaadinStarted();
    }

    @Override
    public HealthCheckResponse call() {
        return readiness.check();
    }
}
