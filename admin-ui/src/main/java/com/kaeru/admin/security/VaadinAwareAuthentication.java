package com.kaeru.admin.security;

import java.io.IOException;

import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the OIDC login play well with Vaadin:
 * <ul>
 *   <li>a Vaadin background request ({@code v-r=uidl}) whose session has expired gets Vaadin's
 *       "session expired" answer, so the page reloads and logs in again, instead of a redirect to
 *       Keycloak that the browser blocks (CORS) while the page hangs; heartbeats get 403;</li>
 *   <li>a page request that is about to be sent to Keycloak is remembered as the deep link;</li>
 *   <li>a page request that would be sent to Keycloak while Keycloak does not answer gets a 503 page
 *       that says so ({@link IdentityProviderProbe}) instead of the browser's "cannot connect"
 *       screen; sessions already logged in carry on, their tokens stay valid without Keycloak.</li>
 * </ul>
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class VaadinAwareAuthentication implements HttpAuthenticationMechanism {
    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;
    @Inject
    IdentityProviderProbe identityProvider;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        String vaadinRequest = vaadinRequestType(request);
        if (vaadinRequest != null && request.getSession(false) == null) {
            try {
                if ("uidl".equals(vaadinRequest)) {
                    response.setStatus(HttpServletResponse.SC_OK);
                    response.setContentType("application/json;charset=UTF-8");
                    response.getWriter().write(VaadinService.createSessionExpiredJSON(true));
                } else {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                }
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (vaadinRequest == null && request.getSession(false) == null && !isCallback(request)
                && !identityProvider.reachable()) {
            try {
                response.setHeader("Retry-After", "30");
                PlainPage.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                        "admin.identityDown.title", "admin.identityDown.body", "admin.identityDown.again");
            } catch (IOException e) {
                throw new AuthenticationException(e);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        AuthenticationStatus status = delegate.validateRequest(request, response, context);
        if (status == AuthenticationStatus.SEND_CONTINUE && vaadinRequest == null) {
            DeepLinks.remember(request);
        }
        return status;
    }

    /** Keycloak's answer to a login: the mechanism exchanges its code, which fails on its own if Keycloak went away. */
    private static boolean isCallback(HttpServletRequest request) {
        return "/Callback".equals(request.getServletPath());
    }

    /** {@code uidl}, {@code heartbeat}, ... for Vaadin's own requests; {@code null} for page loads. */
    static String vaadinRequestType(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("v-r=")) {
                return pair.substring(4);
            }
        }
        return null;
    }
}
