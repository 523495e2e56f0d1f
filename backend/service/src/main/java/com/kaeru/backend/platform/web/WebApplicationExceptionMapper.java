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
        String type = switch (status) {
            case 400 -> ProblemTypes.BAD_REQUEST;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 409 -> ProblemTypes.CONFLICT;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ProblemTypes.INTERNAL : ProblemTypes.BAD_REQUEST;
        };
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 415 -> "problem.http." + status + ".detail";
            default -> status >= 500 ? "problem.internal.detail" : "problem.http.400.detail";
        };
        return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers), type, status, key,
                List.of(), RequestLanguage.path(uriInfo), List.of()));
    }
}
