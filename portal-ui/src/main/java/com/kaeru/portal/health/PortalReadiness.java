package com.kaeru.portal.health;

import com.kaeru.ui.UiReadiness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

/** The customer portal's part of {@code /health/ready}: see {@link UiReadiness}. */
@Readiness
@ApplicationScoped
public class PortalReadiness extends UiReadiness {
    static final String NAME = "kaeru-portal";

    @Override
    protected String name() {
        return NAME;
    }
}
