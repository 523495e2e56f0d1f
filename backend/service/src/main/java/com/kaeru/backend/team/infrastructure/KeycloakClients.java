package com.kaeru.backend.team.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The Keycloak REST clients, built once, and the service account's access token, cached until
 * shortly before it expires (one token request per few minutes instead of one per call).
 */
@ApplicationScoped
public class KeycloakClients {
    /** Renew this long before expiry, so a token never expires in flight. */
    private static final long MARGIN_SECONDS = 30;

    @Inject
    KeycloakSettings settings;

    Clock clock = Clock.systemUTC();
    private KeycloakAdminApi admin;
    private KeycloakTokenApi tokens;
    private String token;
    private Instant renewAt = Instant.EPOCH;

    @PostConstruct
    void init() {
        ClientRequestFilter bearer = request ->
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
        tokens = builder().build(KeycloakTokenApi.class);
        admin = builder().register(bearer).build(KeycloakAdminApi.class);
    }

    private RestClientBuilder builder() {
        return RestClientBuilder.newBuilder()
                .baseUri(settings.baseUri())
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(8, TimeUnit.SECONDS)
                .register(new KeycloakHttpException.Mapper());
    }

    public KeycloakAdminApi admin() {
        return admin;
    }

    public String realm() {
        return settings.realm();
    }

    synchronized String accessToken() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(renewAt)) {
            KeycloakRepresentations.Token fresh = tokens.token(settings.realm(), "client_credentials",
                    settings.clientId(), settings.clientSecret());
            token = fresh.access_token;
            renewAt = now.plusSeconds(Math.max(0, fresh.expires_in - MARGIN_SECONDS));
        }
        return token;
    }

    /** Forgets the token (after a 401: revoked, or Keycloak restarted with new keys). */
    public synchronized void forgetToken() {
        token = null;
    }
}
