package com.kaeru.backend.platform.web;

import java.util.List;

import com.kaeru.api.problem.ProblemTypes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (isUnreadableQueryOrHeader(e)) {
            // The spec answers 404 for ?page=abc; for the caller it is a bad request, not a missing page.
            status = 400;
        }
        String type = ProblemTypes.forStatus(status);
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 415 -> "problem.http." + status + ".detail";
            default -> status >= 500 ? "problem.internal.detail" : "problem.http.400.detail";
        };
        return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers), type, status, key,
                List.of(), RequestLanguage.path(uriInfo), List.of()));
    }

    /** Jersey's conversion failure of a query or header parameter (its own exception types, by name). */
    private static boolean isUnreadableQueryOrHeader(WebApplicationException e) {
        String name = e.getClass().getSimpleName();
        return name.equals("QueryParamException") || name.equals("HeaderParamException");
    }
}
