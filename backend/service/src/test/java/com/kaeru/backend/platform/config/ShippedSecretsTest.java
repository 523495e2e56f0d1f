package com.kaeru.backend.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class ShippedSecretsTest {
    private static final String TOKEN_SECRET = "a-real-portal-secret-of-forty-characters!";

    /** A production configuration with the application's shipped defaults, as microprofile-config.properties has them. */
    private static Map<String, String> shippedDefaults() {
        Map<String, String> config = new HashMap<>();
        config.put("kaeru.keycloak.admin.client-secret", "kaeru-backend-dev-secret");
        config.put("kaeru.db.password", "kaeru_app");
        config.put("kaeru.db.migration.password", "kaeru_owner");
        config.put("kaeru.db.migrate", "true");
        return config;
    }

    private static Map<String, String> ownSecrets() {
        Map<String, String> config = new HashMap<>();
        config.put("kaeru.keycloak.admin.client-secret", "7d0f9c1e-operator-generated");
        config.put("kaeru.db.password", "app-password-of-the-operator");
        config.put("kaeru.db.migration.password", "owner-password-of-the-operator");
        config.put("kaeru.portal.token-secret", TOKEN_SECRET);
        return config;
    }

    private static Function<String, Optional<String>> lookup(Map<String, String> config) {
        return key -> Optional.ofNullable(config.get(key));
    }

    @Test
    void productionIsTheDefaultAndRefusesEveryShippedSecretNamingTheSetting() {
        assertThat(ShippedSecrets.isDevelopment(lookup(Map.of()))).isFalse();
        var refusals = ShippedSecrets.refusals(lookup(shippedDefaults()));
        assertThat(refusals).hasSize(4);
        assertThat(refusals.get(0)).contains("kaeru.keycloak.admin.client-secret")
                .contains("KAERU_KEYCLOAK_ADMIN_CLIENT_SECRET").contains("development value");
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("kaeru.db.password (KAERU_DB_PASSWORD)"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("kaeru.db.migration.password"));
        assertThat(refusals).anySatisfy(r -> assertThat(r).startsWith("kaeru.portal.token-secret (KAERU_PORTAL_TOKEN_SECRET) is not set"));
        assertThat(ShippedSecrets.message(refusals)).startsWith("Kaeru refuses to start in production mode: ")
                .contains("kaeru.mode=development");
    }

    @Test
    void aPortalTokenSecretShorterThan32CharactersIsRefused() {
        Map<String, String> config = ownSecrets();
        config.put("kaeru.portal.token-secret", "x".repeat(31));
        assertThat(ShippedSecrets.refusals(lookup(config)))
                .containsExactly("kaeru.portal.token-secret (KAERU_PORTAL_TOKEN_SECRET) has 31 characters; it needs at least 32");
        config.put("kaeru.portal.token-secret", "x".repeat(32));
        assertThat(ShippedSecrets.refusals(lookup(config))).isEmpty();
        config.put("kaeru.portal.token-secret", "   ");
        assertThat(ShippedSecrets.refusals(lookup(config))).singleElement().asString().contains("is not set");
    }

    @Test
    void ownSecretsStartInProductionAndAMissingClientSecretIsRefused() {
        assertThat(ShippedSecrets.refusals(lookup(ownSecrets()))).isEmpty();
        Map<String, String> config = ownSecrets();
        config.remove("kaeru.keycloak.admin.client-secret");
        assertThat(ShippedSecrets.refusals(lookup(config)))
                .containsExactly("kaeru.keycloak.admin.client-secret (KAERU_KEYCLOAK_ADMIN_CLIENT_SECRET) is not set");
    }

    @Test
    void theOwnerPasswordMattersOnlyWhenTheApiMigrates() {
        Map<String, String> config = ownSecrets();
        config.put("kaeru.db.migration.password", "kaeru_owner");
        assertThat(ShippedSecrets.refusals(lookup(config))).hasSize(1);
        config.put("kaeru.db.migrate", "false");
        assertThat(ShippedSecrets.refusals(lookup(config))).isEmpty();
    }

    @Test
    void developmentModeAcceptsTheShippedSecrets() {
        Map<String, String> config = shippedDefaults();
        config.put("kaeru.mode", "Development");
        assertThat(ShippedSecrets.isDevelopment(lookup(config))).isTrue();
        assertThat(ShippedSecrets.refusals(lookup(config))).isEmpty();
    }

    @Test
    void aMistypedModeIsNeitherAndRefused() {
        Map<String, String> config = ownSecrets();
        config.put("kaeru.mode", "dev");
        assertThatThrownBy(() -> ShippedSecrets.isDevelopment(lookup(config)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ShippedSecrets.refusals(lookup(config))).singleElement().asString()
                .contains("kaeru.mode must be 'development' or 'production', not 'dev'").contains("KAERU_MODE");
    }
}
