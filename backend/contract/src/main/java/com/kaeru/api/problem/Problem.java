package com.kaeru.api.problem;

import java.util.List;

/**
 * RFC 9457 problem details, as every error of the API is returned
 * ({@code application/problem+json}).
 *
 * @param type     stable URI naming the kind of problem (e.g. {@code https://kaeru.app/problems/forbidden})
 * @param title    short human summary in the caller's language
 * @param status   HTTP status code
 * @param detail   human explanation of this occurrence in the caller's language
 * @param instance the request path that failed
 * @param errors   field errors for validation problems, empty otherwise
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One invalid input field: where, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
