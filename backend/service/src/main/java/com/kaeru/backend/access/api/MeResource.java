package com.kaeru.backend.access.api;

import com.kaeru.api.me.MeApi;
import com.kaeru.api.me.MeDto;
import com.kaeru.backend.access.application.MeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class MeResource implements MeApi {
    @Inject
    MeService service;

    @Override
    public MeDto me() {
        return service.me();
    }
}
