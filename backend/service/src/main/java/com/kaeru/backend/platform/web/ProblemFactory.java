package com.kaeru.backend.platform.web;

import java.util.List;
import java.util.Locale;

import com.kaeru.api.ApiPaths;
import com.kaeru.api.problem.Problem;
import com.kaeru.backend.platform.i18n.ApiMessages;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds problem-details responses with localized title and detail. */
public final class ProblemFactory {
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(ApiPaths.PROBLEM_JSON);

    private ProblemFactory() {
    }

    public static Problem problem(Locale locale, String type, int status, String detailKey, List<Object> arguments,
                                  String instance, List<Problem.FieldError> errors) {
        String title = ApiMessages.text(locale, "problem.title." + status);
        String detail = ApiMessages.text(locale, detailKey, arguments.toArray());
        return new Problem(type, title, status, detail, instance, errors);
    }

    public static Response response(Problem problem) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
        if (problem.status() == 401) {
            builder.header("WWW-Authenticate", "Bearer realm=\"kaeru\"");
        }
        return builder.build();
    }
}
