package com.kaeru.backend.returns.api;

import com.kaeru.api.returns.AgencyReturnPageDto;
import com.kaeru.api.returns.AgencyReturnsApi;
import com.kaeru.backend.returns.application.AgencyReturnService;
import com.kaeru.backend.returns.application.ReturnFilters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class AgencyReturnsResource implements AgencyReturnsApi {
    @Inject
    AgencyReturnService service;

    @Override
    public AgencyReturnPageDto search(String agency, String status, String query, boolean overdueOnly, String reason,
                                      String resolution, String returnMethod, String from, String to,
                                      String dateField, int page, int size) {
        return service.search(agency, new ReturnFilters(status, query, overdueOnly, reason, resolution, returnMethod,
                from, to, dateField, null, null), page, size);
    }
}
