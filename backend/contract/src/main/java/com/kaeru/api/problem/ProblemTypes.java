package com.kaeru.api.problem;

/** The stable {@code type} URIs of {@link Problem}; clients may switch on them. */
public final class ProblemTypes {
    private static final String BASE = "https://kaeru.app/problems/";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String VALIDATION = BASE + "validation";
    public static final String BAD_REQUEST = BASE + "bad-request";
    public static final String CONFLICT = BASE + "conflict";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    public static final String INTERNAL = BASE + "internal-error";
    /** What was asked for existed but is gone for good (an expired download link). */
    public static final String GONE = BASE + "gone";
    /** The database is down, restarting, read-only or full; nothing was changed, retry after {@code Retry-After}. */
    public static final String UNAVAILABLE = BASE + "unavailable";

    private ProblemTypes() {
    }

    /** The type of a problem known only by its HTTP status. */
    public static String forStatus(int status) {
        return switch (status) {
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 410 -> GONE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL : BAD_REQUEST;
        };
    }
}
