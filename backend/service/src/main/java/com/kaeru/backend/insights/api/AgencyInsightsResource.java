package com.kaeru.backend.insights.api;

import com.kaeru.api.insights.AgencyInsightsApi;
import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.backend.insights.application.InsightsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class AgencyInsightsResource implements AgencyInsightsApi {
    @Inject
    InsightsService service;

    @Override
    public AgencyInsightsDto rollUp(String agency, String from, String to, String compare) {
        return service.rollUp(agency, from, to, compare);
    }
}
