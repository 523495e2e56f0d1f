package com.kaeru.backend.platform.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recognises a JSON body that named a value the contract's vocabulary does not have (e.g.
 * {@code "returnMethod":"LATER"}). JSON-B (Yasson, as Payara runs it) reports that only as
 * "Internal error: No enum constant com.kaeru.api.vocabulary.ReturnMethod.LATER", without the
 * property; this turns it into the value and the allowed constants so the caller reads a clear 400
 * instead of a generic "could not be read".
 */
final class UnknownValues {
    private static final String MARKER = "No enum constant ";
    private static final String CONTRACT = "com.kaeru.api.";

    /** The unknown value, the vocabulary's simple name and its constants. */
    record Unknown(String value, String vocabulary, String allowed) {
    }

    private UnknownValues() {
    }

    static Optional<Unknown> find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            int at = message == null ? -1 : message.indexOf(MARKER);
            if (at >= 0) {
                Optional<Unknown> unknown = parse(message.substring(at + MARKER.length()));
                if (unknown.isPresent()) {
                    return unknown;
                }
            }
        }
        return Optional.empty();
    }

    /** {@code com.kaeru.api.vocabulary.ReturnMethod.LATER}: the longest prefix that is a contract enum names the type. */
    static Optional<Unknown> parse(String qualified) {
        if (!qualified.startsWith(CONTRACT)) {
            return Optional.empty();
        }
        for (int dot = qualified.indexOf('.', CONTRACT.length()); dot > 0; dot = qualified.indexOf('.', dot + 1)) {
            Optional<Class<?>> type = enumType(qualified.substring(0, dot));
            if (type.isPresent()) {
                String allowed = Arrays.stream(type.get().getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.joining(", "));
                String value = qualified.substring(dot + 1);
                return Optional.of(new Unknown(value.length() > 60 ? value.substring(0, 60) + "…" : value,
                        type.get().getSimpleName(), allowed));
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> enumType(String name) {
        try {
            Class<?> type = Class.forName(name, false, UnknownValues.class.getClassLoader());
            return type.isEnum() ? Optional.of(type) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError notAClass) {
            return Optional.empty();
        }
    }
}
