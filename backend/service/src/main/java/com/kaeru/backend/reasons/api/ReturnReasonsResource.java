package com.kaeru.backend.reasons.api;

import java.util.List;

import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.reasons.ReturnReasonsApi;
import com.kaeru.backend.reasons.application.ReturnReasonService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ReturnReasonsResource implements ReturnReasonsApi {
    @Inject
    ReturnReasonService service;

    @Override
    public List<ReturnReasonDto> list(String slug) {
        return service.list(slug);
    }
}
