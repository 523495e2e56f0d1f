package com.kaeru.api;

/** Constants shared by the server and its clients. */
public final class ApiPaths {
    /** Context root of the backend WAR plus the JAX-RS application path. */
    public static final String BASE = "/api/v1";
    /** Media type of RFC 9457 problem details. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private ApiPaths() {
    }
}
