package com.kaeru.backend.platform.vocabulary;

import java.util.Collection;
import java.util.List;

/**
 * Name-for-name conversion between an enum of the contract and its twin in the domain (either
 * direction). Both always have the same constants (see {@code VocabularyTest}), so a conversion
 * cannot fail for a value that reached the server as one of the contract's constants.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The constant of {@code type} with the same name, or {@code null} for {@code null}. */
    public static <T extends Enum<T>> T as(Enum<?> value, Class<T> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    /** The constant of {@code type} named {@code name} (a domain value kept as text), or {@code null} for {@code null}. */
    public static <T extends Enum<T>> T named(String name, Class<T> type) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /** Each value converted, in order; {@code null} for {@code null}. */
    public static <T extends Enum<T>> List<T> all(Collection<? extends Enum<?>> values, Class<T> type) {
        return values == null ? null : values.stream().map(v -> as(v, type)).toList();
    }

    /** Each name converted, in order; {@code null} for {@code null}. */
    public static <T extends Enum<T>> List<T> allNamed(Collection<String> names, Class<T> type) {
        return names == null ? null : names.stream().map(n -> named(n, type)).toList();
    }

    /** The constants' names, in order; {@code null} for {@code null} (for domain values kept as text). */
    public static List<String> names(Collection<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toList();
    }

    /** The constant's name, or {@code null}. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
