package com.kaeru.backend.team.infrastructure;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak's Admin REST API is and how the backend signs in to it (MicroProfile Config). */
@ApplicationScoped
public class KeycloakSettings {
    @Inject
    @ConfigProperty(name = "kaeru.keycloak.url", defaultValue = "http://localhost:8180")
    String url;
    @Inject
    @ConfigProperty(name = "kaeru.keycloak.realm", defaultValue = "kaeru")
    String realm;
    @Inject
    @ConfigProperty(name = "kaeru.keycloak.admin.client-id", defaultValue = "kaeru-backend")
    String clientId;
    @Inject
    @ConfigProperty(name = "kaeru.keycloak.admin.client-secret", defaultValue = "kaeru-backend-dev-secret")
    String clientSecret;

    public URI baseUri() {
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }

    public String realm() {
        return realm;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }
}
