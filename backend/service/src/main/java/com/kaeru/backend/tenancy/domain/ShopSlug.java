package com.kaeru.backend.tenancy.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** A shop's URL name: lower-case letters, digits and single hyphens, 2–63 characters. */
public record ShopSlug(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9](?:-?[a-z0-9])+");

    public ShopSlug {
        Objects.requireNonNull(value, "slug");
        if (value.length() > 63 || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a shop slug: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 63 && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
