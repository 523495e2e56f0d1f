package com.kaeru.client;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * Builds typed clients of the Kaeru API from the contract interfaces. Clients are cheap to build
 * and hold no user state apart from the suppliers given here.
 */
public final class ApiClients {
    private final URI baseUri;

    /** @param baseUri the API root, e.g. {@code http://localhost:8080/api/v1} */
    public ApiClients(URI baseUri) {
        this.baseUri = baseUri;
    }

    /** A client for public endpoints, asking for messages in {@code language}. */
    public <T> T anonymous(Class<T> api, Supplier<Locale> language) {
        return build(api, null, language, null);
    }

    /**
     * A client for public endpoints called on behalf of a visitor: sends the visitor's address as
     * {@code X-Forwarded-For}, so the API's per-client limits count visitors, not this server.
     */
    public <T> T onBehalfOf(Class<T> api, Supplier<Locale> language, Supplier<String> visitorAddress) {
        return build(api, null, language, visitorAddress);
    }

    /** A client that sends {@code Authorization: Bearer <token>} with the token current at each call. */
    public <T> T authenticated(Class<T> api, Supplier<String> accessToken, Supplier<Locale> language) {
        return build(api, accessToken, language, null);
    }

    private <T> T build(Class<T> api, Supplier<String> accessToken, Supplier<Locale> language,
                        Supplier<String> visitorAddress) {
        ClientRequestFilter headers = request -> {
            if (accessToken != null) {
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.get());
            }
            String visitor = visitorAddress == null ? null : visitorAddress.get();
            if (visitor != null) {
                request.getHeaders().putSingle("X-Forwarded-For", visitor);
            }
            Locale locale = language.get();
            if (locale != null) {
                request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag());
            }
        };
        return RestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(2, TimeUnit.SECONDS)
                .readTimeout(15, TimeUnit.SECONDS)
                .register(headers)
                .register(new ProblemResponseMapper())
                .build(api);
    }
}
