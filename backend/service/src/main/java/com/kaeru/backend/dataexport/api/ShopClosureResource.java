package com.kaeru.backend.dataexport.api;

import com.kaeru.api.dataexport.ShopClosureApi;
import com.kaeru.api.dataexport.ShopClosureDto;
import com.kaeru.backend.dataexport.application.ShopClosureService;
import com.kaeru.backend.platform.web.RequestLanguage;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Closing and reopening a shop over HTTP. */
@RequestScoped
@SecurityRequirement(name = "bearer")
public class ShopClosureResource implements ShopClosureApi {
    @Inject
    ShopClosureService closure;
    @Context
    HttpHeaders headers;

    @Override
    public ShopClosureDto get(String slug) {
        return closure.get(slug);
    }

    @Override
    public ShopClosureDto close(String slug) {
        return closure.close(slug, "ja".equals(RequestLanguage.of(headers).getLanguage()) ? "ja" : "en");
    }

    @Override
    public ShopClosureDto reopen(String slug) {
        return closure.reopen(slug);
    }
}
