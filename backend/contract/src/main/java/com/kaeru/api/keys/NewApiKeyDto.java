package com.kaeru.api.keys;

/**
 * A freshly created key. {@code key} is shown this once; send it as the {@code X-Api-Key} header.
 */
public record NewApiKeyDto(String prefix, String name, String key) {
    public static final String HEADER = "X-Api-Key";
}
