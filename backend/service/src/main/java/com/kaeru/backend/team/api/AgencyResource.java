package com.kaeru.backend.team.api;

import java.util.List;

import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.team.AgencyApi;
import com.kaeru.api.team.NewShopRequest;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.team.application.AgencyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class AgencyResource implements AgencyApi {
    @Inject
    AgencyService service;
    @Inject
    RequestBodies bodies;

    @Override
    public List<ShopDto> shops(String agency) {
        return service.shops(agency);
    }

    @Override
    public ShopDto create(String agency, NewShopRequest shop) {
        return service.create(agency, bodies.validated(shop));
    }
}
