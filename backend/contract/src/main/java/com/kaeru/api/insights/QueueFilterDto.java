package com.kaeru.api.insights;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Filters of the existing returns queue ({@code GET /shops/{slug}/returns}, same parameter names and
 * values); {@code null} fields are not set.
 */
public record QueueFilterDto(String status, Boolean overdue, String reason, String resolution, String method,
                             String from, String to, String dateField, String question, String refund) {

    /** The filters as query parameters in the queue's names, e.g. {@code status=NEEDS_REVIEW&overdue=true}. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", status);
        put(parameters, "overdue", overdue == null ? null : overdue.toString());
        put(parameters, "reason", reason);
        put(parameters, "resolution", resolution);
        put(parameters, "method", method);
        put(parameters, "from", from);
        put(parameters, "to", to);
        put(parameters, "dateField", dateField);
        put(parameters, "question", question);
        put(parameters, "refund", refund);
        return parameters;
    }

    /** {@link #parameters()} as an URL query string without the leading {@code ?}. */
    public String queryString() {
        return parameters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value);
        }
    }
}
