package com.kaeru.backend.access.application;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.access.domain.Memberships;
import com.kaeru.backend.platform.errors.NotAuthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The person behind the current request, read from the verified MP-JWT token. The token has
 * already been checked (signature, issuer, audience, expiry) by the container when this runs.
 */
@RequestScoped
public class Caller {
    /** Claim holding the Keycloak group paths that encode memberships. */
    public static final String GROUPS_CLAIM = "kaeru_groups";

    @Inject
    JsonWebToken token;
    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private Memberships memberships;
    private String apiKeyActor;

    public boolean isAuthenticated() {
        return token != null && token.getRawToken() != null;
    }

    /** @throws NotAuthenticatedException when the request carries no valid token */
    public void requireAuthenticated() {
        if (!isAuthenticated()) {
            throw new NotAuthenticatedException();
        }
    }

    /** The API key presented instead of a token, if any. */
    public String presentedApiKey() {
        return request == null ? null : request.getHeader(com.kaeru.api.keys.NewApiKeyDto.HEADER);
    }

    /** Marks the request as made by a verified API key (named for the audit trail). */
    void actAsApiKey(String keyName) {
        this.apiKeyActor = "api-key:" + keyName;
    }

    public String username() {
        if (apiKeyActor != null) {
            return apiKeyActor;
        }
        requireAuthenticated();
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : token.getName();
    }

    /** The person's stable id at the identity provider (Keycloak user id), from the {@code sub} claim. */
    public String subject() {
        requireAuthenticated();
        return token.getSubject();
    }

    public Optional<String> email() {
        return Optional.ofNullable(token.<String>getClaim("email"));
    }

    public Optional<String> givenName() {
        return Optional.ofNullable(token.<String>getClaim("given_name"));
    }

    public Optional<String> familyName() {
        return Optional.ofNullable(token.<String>getClaim("family_name"));
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(token.<String>getClaim("name"));
    }

    public Memberships memberships() {
        requireAuthenticated();
        if (memberships == null) {
            memberships = Memberships.fromGroupPaths(groupPaths(token.getClaim(GROUPS_CLAIM)));
        }
        return memberships;
    }

    private static Collection<String> groupPaths(Object claim) {
        if (claim instanceof JsonArray array) {
            return array.stream()
                    .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof JsonString single) {
            return List.of(single.getString());
        }
        return claim instanceof String single ? List.of(single) : List.of();
    }
}
