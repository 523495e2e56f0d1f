package com.kaeru.backend.shops.api;

import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.shops.ShopsApi;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.shops.application.ShopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ShopsResource implements ShopsApi {
    @Inject
    ShopService service;
    @Inject
    RequestBodies bodies;

    @Override
    public ShopDto shop(String slug) {
        return service.shop(slug);
    }

    @Override
    public ShopDto updateBranding(String slug, BrandingUpdate branding) {
        return service.updateBranding(slug, bodies.validated(branding));
    }
}
