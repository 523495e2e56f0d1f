package com.kaeru.api;

import java.lang.reflect.Type;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Reads a count of units strictly: JSON-B would turn {@code 1.5} into {@code 1} without a word, so a
 * field annotated {@code @JsonbTypeDeserializer(WholeUnits.class)} accepts only whole numbers (1.0
 * included) within {@code int}; anything else fails the body with 400.
 */
public final class WholeUnits implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new JsonbException("A number of units must be a whole number, not " + value);
        }
        try {
            return number.bigDecimalValue().intValueExact();
        } catch (ArithmeticException e) {
            throw new JsonbException("A number of units must be a whole number, not " + number, e);
        }
    }
}
