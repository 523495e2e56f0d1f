package com.kaeru.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionCookieConfig;
import org.junit.jupiter.api.Test;

class ConsoleStartupListenerTest {
    /** Records what the listener configures; only setSecure and isSecure are used. */
    private final Map<String, Object> cookie = new HashMap<>();
    private final SessionCookieConfig cookieConfig = (SessionCookieConfig) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {SessionCookieConfig.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "setSecure" -> cookie.put("secure", args[0]);
                    case "isSecure" -> {
                        return cookie.getOrDefault("secure", false);
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
            });
    private final ServletContext context = (ServletContext) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                if (method.getName().equals("getSessionCookieConfig")) {
                    return cookieConfig;
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static Function<String, Optional<String>> config(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return key -> Optional.ofNullable(map.get(key));
    }

    @Test
    void productionRefusesTheShippedClientSecretNamingTheSetting() {
        assertThatThrownBy(() -> ConsoleStartupListener.apply(context,
                config("kaeru.oidc.client-secret", "kaeru-admin-dev-secret")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kaeru.oidc.client-secret (KAERU_OIDC_CLIENT_SECRET) still has the development value");
        assertThatThrownBy(() -> ConsoleStartupListener.apply(context, config()))
                .hasMessageContaining("kaeru.oidc.client-secret (KAERU_OIDC_CLIENT_SECRET) is not set");
        assertThatThrownBy(() -> ConsoleStartupListener.apply(context,
                config("kaeru.mode", "staging", "kaeru.oidc.client-secret", "own")))
                .hasMessageContaining("kaeru.mode (KAERU_MODE) must be 'development' or 'production'");
        assertThat(cookie).isEmpty();
    }

    @Test
    void productionMakesTheSessionCookieSecure() {
        ConsoleStartupListener.apply(context, config("kaeru.oidc.client-secret", "generated-by-keycloak"));
        assertThat(cookieConfig.isSecure()).isTrue();
    }

    @Test
    void plainHttpDevelopmentKeepsACookieTheBrowserStoresAndAcceptsTheDevSecret() {
        ConsoleStartupListener.apply(context, config("kaeru.mode", "development",
                "kaeru.oidc.client-secret", "kaeru-admin-dev-secret"));
        assertThat(cookieConfig.isSecure()).isFalse();
    }

    @Test
    void theCookieChoiceCanBeOverriddenEitherWay() {
        ConsoleStartupListener.apply(context, config("kaeru.mode", "development", "kaeru.web.secure-cookie", "true"));
        assertThat(cookieConfig.isSecure()).isTrue();
        ConsoleStartupListener.apply(context, config("kaeru.oidc.client-secret", "own", "kaeru.web.secure-cookie", "false"));
        assertThat(cookieConfig.isSecure()).isFalse();
    }
}
