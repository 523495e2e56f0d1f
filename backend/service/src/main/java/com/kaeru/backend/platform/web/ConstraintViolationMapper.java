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

    /**
     * The property path inside the body: {@code updateBranding.arg1.brandColor} → {@code brandColor},
     * and with list indexes kept, {@code rules[2].maxDays}, so a form knows which row is meant.
     */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() != jakarta.validation.ElementKind.PROPERTY
                    && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue; // method and parameter nodes (updateBranding.arg1)
            }
            // Hibernate Validator puts a list's index on the node after the list.
            if (node.isInIterable() && node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        return name.isEmpty() ? "body" : name.toString();
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
