package com.kaeru.backend.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.problem.ProblemTypes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures at the boundary become a 400 problem listing each bad field, with the
 * message interpolated in the caller's language (not the server's default locale).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {
    private static final MessageInterpolator INTERPOLATOR =
            Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Locale locale = RequestLanguage.of(headers);
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), message(v, locale)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemFactory.response(ProblemFactory.problem(locale, ProblemTypes.VALIDATION, 400,
                "problem.validation.detail", List.of(errors.size()), RequestLanguage.path(uriInfo), errors));
    }

    /** The last named node: {@code updateBranding.arg1.brandColor} → {@code brandColor}. */
    static String fieldName(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null && !node.getName().startsWith("arg")) {
                name = node.getName();
            }
        }
        return name == null ? "body" : name;
    }

    private static String message(ConstraintViolation<?> violation, Locale locale) {
        MessageInterpolator.Context context = new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
        try {
            return INTERPOLATOR.interpolate(violation.getMessageTemplate(), context, locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }
}
