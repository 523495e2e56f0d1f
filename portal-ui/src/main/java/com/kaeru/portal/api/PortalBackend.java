package com.kaeru.portal.api;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.portal.PortalShopsApi;
import com.kaeru.client.ApiClients;
import com.kaeru.client.ApiProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The public portal endpoints of the backend. */
@ApplicationScoped
public class PortalBackend {
    @Inject
    @ConfigProperty(name = "kaeru.api.url")
    String apiUrl;

    private ApiClients clients;

    @PostConstruct
    void init() {
        clients = new ApiClients(URI.create(apiUrl));
    }

    /** The shop's public branding, or empty when there is no such shop. */
    public Optional<PortalShopDto> shop(String slug, Locale locale) {
        try {
            return Optional.of(clients.anonymous(PortalShopsApi.class, () -> locale).shop(slug));
        } catch (ApiProblemException e) {
            if (e.isNotFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
