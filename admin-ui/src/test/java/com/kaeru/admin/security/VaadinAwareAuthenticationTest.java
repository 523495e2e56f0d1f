package com.kaeru.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

class VaadinAwareAuthenticationTest {
    private final AtomicBoolean keycloakUp = new AtomicBoolean(true);
    private final AtomicInteger sentToKeycloak = new AtomicInteger();
    private final Map<String, Object> answer = new HashMap<>();
    private final StringWriter body = new StringWriter();

    private final VaadinAwareAuthentication authentication = new VaadinAwareAuthentication() {
    };

    {
        authentication.delegate = new HttpAuthenticationMechanism() {
            @Override
            public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
                sentToKeycloak.incrementAndGet();
                return AuthenticationStatus.SEND_CONTINUE;
            }
        };
        authentication.identityProvider = new IdentityProviderProbe(URI.create("http://keycloak/"),
                uri -> keycloakUp.get(), Clock.systemUTC());
    }

    @Test
    void aNewVisitorIsSentToKeycloakWhileItAnswers() throws Exception {
        assertThat(authentication.validateRequest(request("/", null, false, "ja"), response(), null))
                .isEqualTo(AuthenticationStatus.SEND_CONTINUE);
        assertThat(sentToKeycloak).hasValue(1);
        assertThat(answer).doesNotContainKey("status");
    }

    @Test
    void aNewVisitorLearnsInJapaneseThatLoginIsUnavailableWhileKeycloakIsDown() throws Exception {
        keycloakUp.set(false);
        assertThat(authentication.validateRequest(request("/", null, false, "ja"), response(), null))
                .isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(sentToKeycloak).hasValue(0);
        assertThat(answer).containsEntry("status", 503).containsEntry("Retry-After", "30");
        assertThat(body.toString()).contains("id=\"identity-down\"", "現在ログインできません", "Keycloak",
                "返品ポータルは引き続き").doesNotContain("Exception");
    }

    @Test
    void englishBrowsersGetTheEnglishPage() throws Exception {
        keycloakUp.set(false);
        authentication.validateRequest(request("/shops/sakura-apparel", null, false, "en"), response(), null);
        assertThat(body.toString()).contains("Login is unavailable right now", "lang=\"en\"");
    }

    @Test
    void loggedInSessionsAndKeycloaksOwnCallbackAreLeftToTheMechanism() throws Exception {
        keycloakUp.set(false);
        authentication.validateRequest(request("/returns", null, true, "ja"), response(), null);
        authentication.validateRequest(request("/Callback", "code=abc&state=x", false, "ja"), response(), null);
        assertThat(sentToKeycloak).hasValue(2);
        assertThat(answer).doesNotContainKey("status");
    }

    private HttpServletRequest request(String servletPath, String query, boolean hasSession, String language) {
        HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpSession.class}, (proxy, method, args) -> null);
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getQueryString" -> query;
                    case "getServletPath" -> servletPath;
                    case "getSession" -> hasSession ? session : null;
                    case "getLocales" -> Collections.enumeration(List.of(Locale.forLanguageTag(language)));
                    case "getContextPath" -> "/admin";
                    case "getRequestURI" -> "/admin" + servletPath;
                    default -> null;
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        case "getWriter" -> {
                            return new PrintWriter(body, true);
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }
}
