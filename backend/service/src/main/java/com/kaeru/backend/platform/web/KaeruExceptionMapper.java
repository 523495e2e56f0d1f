package com.kaeru.backend.platform.web;

import java.util.List;

import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.KaeruException;
import com.kaeru.backend.platform.errors.TooManyRequestsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns the use cases' refusals into problem details. */
@Provider
public class KaeruExceptionMapper implements ExceptionMapper<KaeruException> {
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(KaeruException e) {
        java.util.Locale locale = RequestLanguage.of(headers);
        List<com.kaeru.api.problem.Problem.FieldError> errors = e instanceof InvalidFieldsException invalid
                ? invalid.issues().stream().map(i -> new com.kaeru.api.problem.Problem.FieldError(i.field(),
                        com.kaeru.backend.platform.i18n.ApiMessages.text(locale, i.messageKey(), i.arguments().toArray())))
                        .toList()
                : List.of();
        Response response = ProblemFactory.response(ProblemFactory.problem(locale, e.problemType(),
                e.status(), e.messageKey(), e.arguments(), RequestLanguage.path(uriInfo), errors));
        if (e instanceof TooManyRequestsException tooMany) {
            return Response.fromResponse(response).header("Retry-After", tooMany.retryAfterSeconds()).build();
        }
        return response;
    }
}
