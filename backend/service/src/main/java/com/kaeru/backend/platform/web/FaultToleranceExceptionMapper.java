package com.kaeru.backend.platform.web;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.api.problem.ProblemTypes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** A dependency that timed out (MicroProfile Fault Tolerance) is a 503 to try again, not an internal error. */
@Provider
public class FaultToleranceExceptionMapper implements ExceptionMapper<FaultToleranceException> {
    private static final Logger LOG = Logger.getLogger(FaultToleranceExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(FaultToleranceException e) {
        LOG.log(Level.WARNING, "A dependency did not answer in time", e);
        return ProblemFactory.response(ProblemFactory.problem(RequestLanguage.of(headers), ProblemTypes.INTERNAL,
                503, "problem.unavailable", List.of(), RequestLanguage.path(uriInfo), List.of()));
    }
}
