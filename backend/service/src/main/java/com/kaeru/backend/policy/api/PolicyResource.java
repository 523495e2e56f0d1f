package com.kaeru.backend.policy.api;

import com.kaeru.api.policy.PolicyApi;
import com.kaeru.api.policy.PolicyDto;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.policy.application.PolicyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class PolicyResource implements PolicyApi {
    @Inject
    PolicyService service;
    @Inject
    RequestBodies bodies;
    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public PolicyDto get(String slug) {
        return service.get(slug);
    }

    @Override
    public com.kaeru.api.policy.PolicyPreviewDto preview(String slug, com.kaeru.api.policy.PolicyPreviewRequest request) {
        return service.preview(slug, bodies.validated(request), com.kaeru.backend.platform.web.RequestLanguage.of(headers));
    }

    @Override
    public PolicyDto replace(String slug, PolicyDto policy) {
        return service.replace(slug, bodies.validated(policy));
    }
}
