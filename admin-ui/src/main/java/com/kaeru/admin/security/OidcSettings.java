package com.kaeru.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** OIDC settings from MicroProfile Config, exposed to the mechanism definition through EL. */
@Named("oidcSettings")
@ApplicationScoped
public class OidcSettings {
    @Inject
    @ConfigProperty(name = "kaeru.oidc.provider-uri")
    String providerUri;
    @Inject
    @ConfigProperty(name = "kaeru.oidc.client-id")
    String clientId;
    @Inject
    @ConfigProperty(name = "kaeru.oidc.client-secret")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }
}
