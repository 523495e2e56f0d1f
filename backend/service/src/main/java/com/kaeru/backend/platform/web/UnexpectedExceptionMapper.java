package com.kaeru.backend.platform.web;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.api.problem.ProblemTypes;
import com.kaeru.backend.platform.persistence.DatabaseOutage;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Last resort: a bug must not leak a stack trace. The caller gets an incident id that is also in
 * the server log. Unreadable JSON bodies (which surface as processing errors) are the caller's
 * fault and get a 400 instead; a value outside the contract's vocabulary (an unknown status, method…)
 * gets a 400 that names the value and the allowed ones. The database being down, read-only or full is
 * a 503 with {@code Retry-After} (the failed transaction was rolled back, so retrying is safe).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());
    /** A PostgreSQL restart takes a few seconds; the pool reconnects on the next request after it. */
    private static final int RETRY_AFTER_SECONDS = 5;

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        var unknown = UnknownValues.find(e);
        if (unknown.isPresent()) {
            UnknownValues.Unknown u = unknown.get();
            return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers),
                    ProblemTypes.BAD_REQUEST, 400, "problem.unknown-value.detail",
                    List.of(u.value(), u.vocabulary(), u.allowed()), RequestLanguage.path(uriInfo), List.of()));
        }
        if (isUnreadableBody(e)) {
            return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers),
                    ProblemTypes.BAD_REQUEST, 400, "problem.http.400.detail", List.of(),
                    RequestLanguage.path(uriInfo), List.of()));
        }
        var outage = DatabaseOutage.of(e);
        if (outage.isPresent()) {
            // Logged without the stack: during a restart every request fails the same way.
            LOG.warning(() -> "Database " + outage.get() + ": " + e);
            return Response.fromResponse(ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers),
                            ProblemTypes.UNAVAILABLE, 503, "problem.database." + outage.get().name().toLowerCase(
                                    java.util.Locale.ROOT).replace('_', '-'), List.of(), RequestLanguage.path(uriInfo),
                            List.of())))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers), ProblemTypes.INTERNAL,
                500, "problem.internal.incident", List.of(incident), RequestLanguage.path(uriInfo), List.of()));
    }

    private static boolean isUnreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
            if (t instanceof ProcessingException && t.getCause() == null) {
                return true;
            }
        }
        return false;
    }
}
