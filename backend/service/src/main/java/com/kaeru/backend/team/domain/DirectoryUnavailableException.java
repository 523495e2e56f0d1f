package com.kaeru.backend.team.domain;

import com.kaeru.backend.platform.errors.KaeruException;

/**
 * Keycloak could not be reached (503) or answered with an error (502). The person is told to try
 * again; the details are in the server log.
 */
public class DirectoryUnavailableException extends KaeruException {
    public DirectoryUnavailableException(boolean reachable, String what) {
        super(reachable ? 502 : 503, "https://kaeru.app/problems/identity-provider-unavailable",
                reachable ? "problem.directory.failed" : "problem.directory.unavailable", what);
    }
}
