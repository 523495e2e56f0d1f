package com.kaeru.admin.health;

import com.kaeru.ui.UiReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The staff console's part of {@code /health/ready}: see {@link UiReadiness}. */
@Readiness
@ApplicationScoped
public class ConsoleReadiness extends UiReadiness {
    static final String NAME = "kaeru-console";

    @Override
    protected String name() {
        return NAME;
    }
}
