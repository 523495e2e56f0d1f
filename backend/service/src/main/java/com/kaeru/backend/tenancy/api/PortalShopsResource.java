package com.kaeru.backend.tenancy.api;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.portal.PortalShopsApi;
import com.kaeru.backend.tenancy.application.ShopService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

@RequestScoped
public class PortalShopsResource implements PortalShopsApi {
    @Inject
    ShopService service;

    @Override
    public PortalShopDto shop(String slug) {
        return service.portalShop(slug);
    }
}
