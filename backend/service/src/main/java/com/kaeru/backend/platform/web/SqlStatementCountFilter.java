package com.kaeru.backend.platform.web;

import java.util.List;
import java.util.logging.Logger;

import com.kaeru.backend.platform.persistence.StatementCountingDataSource;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Reports how many SQL statements a request sent, in {@code X-Kaeru-Sql-Statements}, when the server counts
 * them ({@link StatementCountingDataSource}; off in production), and with {@code KAERU_DIAGNOSTICS_SQL_COUNT=trace}
 * logs each request's statements in order (to find N+1 loads). The response filter runs after the use
 * case's transaction has committed and before the DTO is written, which needs no database.
 */
@Provider
@PreMatching
public class SqlStatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String HEADER = "X-Kaeru-Sql-Statements";
    private static final Logger LOG = Logger.getLogger(SqlStatementCountFilter.class.getName());

    @Override
    public void filter(ContainerRequestContext request) {
        if (StatementCountingDataSource.counting()) {
            StatementCountingDataSource.resetCount();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (StatementCountingDataSource.counting()) {
            response.getHeaders().putSingle(HEADER, StatementCountingDataSource.count());
            List<String> traced = StatementCountingDataSource.traced();
            if (!traced.isEmpty()) {
                LOG.info(() -> request.getMethod() + " " + request.getUriInfo().getPath() + ": " + traced.size()
                        + " statements\n  " + String.join("\n  ", traced));
            }
        }
    }
}
