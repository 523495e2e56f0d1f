package com.kaeru.backend.platform.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Schemas of the contract's Java types, for what Payara leaves out: it describes no record (most
 * response DTOs are records), so without this every response would be a bare {@code object} and a
 * generated client would return untyped maps. Records and classes with public fields become named
 * components (their simple name; a second type with the same simple name is prefixed with its package's
 * last segment), referenced with {@code $ref}; a component Payara already wrote is kept as it is.
 */
final class ContractSchemas {
    private final Components components;
    private final Map<Class<?>, String> names = new HashMap<>();

    ContractSchemas(Components components) {
        this.components = components;
    }

    /** The schema of a (possibly generic) Java type, registering components as needed. */
    Schema of(Type type) {
        if (type instanceof WildcardType wildcard) {
            return of(wildcard.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(args[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(args[1]));
            }
            if (raw == Optional.class) {
                return of(args[0]);
            }
            return of(raw);
        }
        Class<?> clazz = (Class<?>) type;
        Schema scalar = scalar(clazz);
        if (scalar != null) {
            return scalar;
        }
        if (clazz.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(clazz.getComponentType()));
        }
        if (clazz.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING).enumeration(
                    Arrays.stream(clazz.getEnumConstants()).map(constant -> (Object) ((Enum<?>) constant).name()).toList());
        }
        if (clazz.getName().startsWith("com.kaeru.api.")) {
            return OASFactory.createSchema().ref("#/components/schemas/" + component(clazz));
        }
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    /**
     * Payara's own components (request DTOs) leave arrays without {@code items}, which generators refuse,
     * and describe date-times as objects: the Java field of the class the component was named after says
     * what the property is.
     */
    void completeArrays(Map<String, Class<?>> classesBySimpleName) {
        if (components.getSchemas() == null) {
            return;
        }
        for (var entry : new java.util.LinkedHashMap<>(components.getSchemas()).entrySet()) {
            Class<?> clazz = classesBySimpleName.get(entry.getKey());
            Map<String, Schema> properties = entry.getValue() == null ? null : entry.getValue().getProperties();
            if (clazz == null || properties == null || names.containsKey(clazz)) {
                continue;
            }
            for (var property : properties.entrySet()) {
                Schema schema = property.getValue();
                Type fieldType = javaType(clazz, property.getKey());
                if (schema == null || fieldType == null) {
                    continue;
                }
                if (schema.getType() == SchemaType.ARRAY && schema.getItems() == null) {
                    Schema whole = of(fieldType);
                    schema.setItems(whole.getItems() != null ? whole.getItems()
                            : OASFactory.createSchema().type(SchemaType.STRING));
                }
                retype(schema, fieldType);
            }
        }
    }

    /**
     * Payara describes an Instant or a LocalDate as an object (it travels as an ISO-8601 string) and a
     * long as a number (generated clients then use BigDecimal for ids and yen): the Java type decides.
     */
    static void retype(Schema schema, Type javaType) {
        Schema scalar = javaType instanceof Class<?> javaClass ? scalar(javaClass) : null;
        if (scalar == null || schema.getRef() != null) {
            return;
        }
        boolean objectForScalar = schema.getType() == SchemaType.OBJECT || schema.getType() == null;
        boolean numberForInteger = schema.getType() == SchemaType.NUMBER && scalar.getType() == SchemaType.INTEGER;
        if (objectForScalar || numberForInteger) {
            schema.setType(scalar.getType());
            schema.setFormat(scalar.getFormat());
        }
    }

    private static Type javaType(Class<?> clazz, String property) {
        if (clazz.isRecord()) {
            return Arrays.stream(clazz.getRecordComponents()).filter(part -> part.getName().equals(property))
                    .map(RecordComponent::getGenericType).findFirst().orElse(null);
        }
        try {
            return clazz.getField(property).getGenericType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Payara names components by simple name too; its schema lists the properties of the type it saw. */
    private boolean writtenByPayaraForAnother(String name, Class<?> clazz) {
        Schema existing = components.getSchemas() == null ? null : components.getSchemas().get(name);
        if (existing == null || existing.getProperties() == null) {
            return false;
        }
        java.util.Set<String> own = clazz.isRecord()
                ? Arrays.stream(clazz.getRecordComponents()).map(RecordComponent::getName).collect(java.util.stream.Collectors.toSet())
                : Arrays.stream(clazz.getFields()).filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName)
                        .collect(java.util.stream.Collectors.toSet());
        return !own.containsAll(existing.getProperties().keySet());
    }

    private static Schema scalar(Class<?> clazz) {
        if (clazz == String.class || clazz == char.class || clazz == Character.class) {
            return string(null);
        }
        if (clazz == int.class || clazz == Integer.class || clazz == short.class || clazz == Short.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
        }
        if (clazz == long.class || clazz == Long.class || clazz == BigInteger.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
        }
        if (clazz == boolean.class || clazz == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (clazz == double.class || clazz == Double.class || clazz == float.class || clazz == Float.class
                || clazz == BigDecimal.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (clazz == Instant.class || clazz == OffsetDateTime.class || clazz == ZonedDateTime.class) {
            return string("date-time");
        }
        if (clazz == LocalDateTime.class) {
            return string(null);
        }
        if (clazz == LocalDate.class) {
            return string("date");
        }
        if (clazz == LocalTime.class) {
            return string("time");
        }
        if (clazz == UUID.class) {
            return string("uuid");
        }
        return null;
    }

    private static Schema string(String format) {
        Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
        return format == null ? schema : schema.format(format);
    }

    /** The component's name (registered on first use), as the {@code $ref} target. */
    private String component(Class<?> clazz) {
        String known = names.get(clazz);
        if (known != null) {
            return known;
        }
        String name = clazz.getSimpleName();
        if (names.containsValue(name) || writtenByPayaraForAnother(name, clazz)) {
            String pkg = clazz.getPackageName();
            String segment = pkg.substring(pkg.lastIndexOf('.') + 1);
            name = Character.toUpperCase(segment.charAt(0)) + segment.substring(1) + name;
        }
        names.put(clazz, name);
        boolean writtenByPayara = components.getSchemas() != null && components.getSchemas().containsKey(name);
        if (!writtenByPayara) {
            Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
            components.addSchema(name, schema); // before the properties: records may refer to themselves
            if (clazz.isRecord()) {
                for (RecordComponent part : clazz.getRecordComponents()) {
                    schema.addProperty(part.getName(), of(part.getGenericType()));
                }
            } else {
                for (Field field : clazz.getFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        schema.addProperty(field.getName(), of(field.getGenericType()));
                    }
                }
            }
        }
        return name;
    }
}
