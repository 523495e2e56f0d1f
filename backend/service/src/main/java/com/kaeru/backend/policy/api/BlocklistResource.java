package com.kaeru.backend.policy.api;

import java.util.List;

import com.kaeru.api.policy.BlocklistApi;
import com.kaeru.api.policy.BlocklistEntryDto;
import com.kaeru.api.policy.BlocklistEntryRequest;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.policy.application.BlocklistService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class BlocklistResource implements BlocklistApi {
    @Inject
    BlocklistService service;
    @Inject
    RequestBodies bodies;

    @Override
    public List<BlocklistEntryDto> list(String slug) {
        return service.list(slug);
    }

    @Override
    public BlocklistEntryDto add(String slug, BlocklistEntryRequest request) {
        return service.add(slug, bodies.validated(request));
    }

    @Override
    public void remove(String slug, long id) {
        service.remove(slug, id);
    }
}
