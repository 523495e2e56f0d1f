package com.kaeru.client;

import com.kaeru.api.problem.Problem;

/** The backend refused a call; {@link #problem()} says why, in the language the UI asked for. */
public class ApiProblemException extends RuntimeException {
    private final transient Problem problem;

    public ApiProblemException(Problem problem) {
        super(problem.status() + " " + problem.title() + ": " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean isNotFound() {
        return problem.status() == 404;
    }

    public boolean isUnauthorized() {
        return problem.status() == 401;
    }

    public boolean isForbidden() {
        return problem.status() == 403;
    }
}
