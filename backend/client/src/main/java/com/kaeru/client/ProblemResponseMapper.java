package com.kaeru.client;

import java.util.List;

import com.kaeru.api.ApiPaths;
import com.kaeru.api.problem.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Reads RFC 9457 bodies of error responses into {@link ApiProblemException}. */
public class ProblemResponseMapper implements ResponseExceptionMapper<ApiProblemException> {

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public ApiProblemException toThrowable(Response response) {
        MediaType type = response.getMediaType();
        if (type != null && ApiPaths.PROBLEM_JSON.equals(type.getType() + "/" + type.getSubtype())) {
            try {
                return new ApiProblemException(response.readEntity(Problem.class));
            } catch (RuntimeException unreadable) {
                // fall through to a generic problem
            }
        }
        return new ApiProblemException(new Problem("about:blank", response.getStatusInfo().getReasonPhrase(),
                response.getStatus(), null, null, List.of()));
    }
}
