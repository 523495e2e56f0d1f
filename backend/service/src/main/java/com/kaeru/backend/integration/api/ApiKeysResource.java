package com.kaeru.backend.integration.api;

import java.util.List;

import com.kaeru.api.keys.ApiKeyDto;
import com.kaeru.api.keys.ApiKeyRequest;
import com.kaeru.api.keys.ApiKeysApi;
import com.kaeru.api.keys.NewApiKeyDto;
import com.kaeru.backend.integration.application.ApiKeyService;
import com.kaeru.backend.platform.web.RequestBodies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ApiKeysResource implements ApiKeysApi {
    @Inject
    ApiKeyService service;
    @Inject
    RequestBodies bodies;

    @Override
    public List<ApiKeyDto> list(String slug) {
        return service.list(slug);
    }

    @Override
    public NewApiKeyDto create(String slug, ApiKeyRequest request) {
        return service.create(slug, bodies.validated(request).name);
    }

    @Override
    public ApiKeyDto revoke(String slug, String prefix) {
        return service.revoke(slug, prefix);
    }
}
