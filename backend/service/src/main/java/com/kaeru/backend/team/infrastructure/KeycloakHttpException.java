package com.kaeru.backend.team.infrastructure;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Keycloak answered with an error status. */
public class KeycloakHttpException extends RuntimeException {
    private final int status;

    public KeycloakHttpException(int status, String body) {
        super("Keycloak answered " + status + (body == null || body.isBlank() ? "" : ": " + body));
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** Turns error responses of the Keycloak clients into this exception, with a short body for the log. */
    public static class Mapper implements ResponseExceptionMapper<KeycloakHttpException> {
        @Override
        public boolean handles(int status, MultivaluedMap<String, Object> headers) {
            return status >= 400;
        }

        @Override
        public KeycloakHttpException toThrowable(Response response) {
            String body;
            try {
                body = response.hasEntity() ? response.readEntity(String.class) : null;
            } catch (RuntimeException unreadable) {
                body = null;
            }
            if (body != null && body.length() > 300) {
                body = body.substring(0, 300);
            }
            return new KeycloakHttpException(response.getStatus(), body);
        }
    }
}
