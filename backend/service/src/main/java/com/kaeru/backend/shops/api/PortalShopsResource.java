package com.kaeru.backend.shops.api;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.portal.PortalShopsApi;
import com.kaeru.backend.shops.application.ShopService;
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
