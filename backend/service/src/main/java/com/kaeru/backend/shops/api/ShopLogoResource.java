package com.kaeru.backend.shops.api;

import com.kaeru.api.settings.ShopLogoApi;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.shops.application.ShopSettingsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * Serves uploaded logos publicly. The URL's version is the image hash: when it matches, the image
 * never changes and may be cached for a year; an old version answers with the current image,
 * cached briefly, so a page with a stale URL still shows a logo.
 */
@RequestScoped
public class ShopLogoResource implements ShopLogoApi {
    @Inject
    ShopSettingsService settings;

    @Override
    public Response logo(String slug, String version) {
        var logo = settings.publicLogo(slug).orElseThrow(() -> new NotFoundException("problem.not-found.logo", slug));
        boolean current = logo.sha256().startsWith(version == null ? "-" : version);
        return Response.ok(logo.data(), logo.contentType())
                .header("Cache-Control", current ? "public, max-age=31536000, immutable" : "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'")
                .build();
    }
}
