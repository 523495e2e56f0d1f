package com.kaeru.backend.replenishment.api;

import com.kaeru.api.replenishment.ReorderOverrideRequest;
import com.kaeru.api.replenishment.ReorderSettingsApi;
import com.kaeru.api.replenishment.ReorderSettingsDto;
import com.kaeru.api.replenishment.ReorderSettingsRequest;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.replenishment.application.ReorderSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class ReorderSettingsResource implements ReorderSettingsApi {
    @Inject
    ReorderSettingsService settings;
    @Inject
    RequestBodies bodies;

    @Override
    public ReorderSettingsDto settings(String slug) {
        return settings.settings(slug);
    }

    @Override
    public ReorderSettingsDto update(String slug, ReorderSettingsRequest request) {
        return settings.update(slug, bodies.validated(request));
    }

    @Override
    public ReorderSettingsDto overrideVariant(String slug, String sku, ReorderOverrideRequest request) {
        return settings.overrideVariant(slug, sku, bodies.validated(request));
    }

    @Override
    public ReorderSettingsDto removeVariantOverride(String slug, String sku) {
        return settings.removeVariantOverride(slug, sku);
    }

    @Override
    public ReorderSettingsDto overrideProduct(String slug, String product, ReorderOverrideRequest request) {
        return settings.overrideProduct(slug, product, bodies.validated(request));
    }

    @Override
    public ReorderSettingsDto removeProductOverride(String slug, String product) {
        return settings.removeProductOverride(slug, product);
    }
}
