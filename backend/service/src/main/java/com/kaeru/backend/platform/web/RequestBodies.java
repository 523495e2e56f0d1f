package com.kaeru.backend.platform.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

/**
 * Validates request bodies at the boundary. Explicit rather than {@code @Valid} on resource
 * parameters, which breaks Payara's OpenAPI generator (payara/Payara#7649); failures are mapped to
 * the same 400 problem with field errors.
 */
@ApplicationScoped
public class RequestBodies {
    @Inject
    Validator validator;

    public <T> T validated(T body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
