package com.kaeru.backend.platform.openapi;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Turns Payara's document into one that validates (registered as {@code mp.openapi.filter}):
 * <ul>
 * <li>Payara adds a root {@code endpoints} map that OpenAPI does not allow; it is emptied, and Payara
 * leaves empty maps out;</li>
 * <li>a tag used by several interfaces is listed once (the model's declaration wins);</li>
 * <li>{@code @Schema(example = "6000")} arrives as the string "6000"; examples are converted to the
 * schema's type, and JSON text in an {@code @ExampleObject} becomes the JSON value it spells, so that
 * examples validate against their schemas.</li>
 * </ul>
 */
public class KaeruOpenApiFilter implements OASFilter {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(KaeruOpenApiFilter.class.getName());

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getExample() instanceof String text && schema.getType() != null) {
            schema.setExample(typed(text, schema.getType()));
        }
        // Payara writes every attribute of @Schema, defaults included: exclusiveMaximum without a maximum
        // makes validators refuse the schema, and maxProperties 0 would forbid every property.
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    /** OASFilter has no hook for examples: the media types of every request and response are walked. */
    private static void parseJsonExamples(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    parseJsonExamples(operation.getRequestBody().getContent());
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                        parseJsonExamples(response.getContent());
                    }
                }
            }
        }
    }

    private static void parseJsonExamples(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (MediaType mediaType : content.getMediaTypes().values()) {
            if (mediaType.getExamples() == null) {
                continue;
            }
            for (Example example : mediaType.getExamples().values()) {
                if (example.getValue() instanceof String text && looksLikeJson(text)) {
                    example.setValue(parseJson(text));
                }
            }
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getTags() != null) {
            Map<String, Tag> once = new LinkedHashMap<>();
            for (Tag tag : openAPI.getTags()) {
                once.merge(tag.getName(), tag, (first, later) -> first.getDescription() != null ? first : later);
            }
            openAPI.setTags(new ArrayList<>(once.values()));
        }
        parseJsonExamples(openAPI);
        try {
            new ResponseSchemas(openAPI).complete();
        } catch (RuntimeException e) {
            // a less complete document beats a 500 at /openapi; OpenApiDocumentIT notices the difference
            LOG.log(java.util.logging.Level.WARNING, "Could not complete the OpenAPI response schemas", e);
        }
        clearPayaraEndpoints(openAPI);
    }

    /** Payara's own, non-standard root key; reached reflectively to stay off Payara's internals at compile time. */
    private static void clearPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new TreeMap<>());
        } catch (NoSuchMethodException e) {
            // another implementation: nothing to remove
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot remove Payara's endpoints from the OpenAPI document", e);
        }
    }

    private static Object typed(String text, Schema.SchemaType type) {
        try {
            return switch (type) {
                case INTEGER -> Long.valueOf(text.trim());
                case NUMBER -> new BigDecimal(text.trim());
                case BOOLEAN -> Boolean.valueOf(text.trim());
                case ARRAY, OBJECT -> looksLikeJson(text) ? parseJson(text) : text;
                default -> text;
            };
        } catch (NumberFormatException e) {
            return text; // left as written: the lint in the build reports it
        }
    }

    private static boolean looksLikeJson(String text) {
        String trimmed = text.strip();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static Object parseJson(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return plain(reader.readValue());
        } catch (JsonParsingException e) {
            return text;
        }
    }

    /** JSON-P values as maps, lists and scalars, which the document's serialiser writes as JSON. */
    private static Object plain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((key, member) -> map.put(key, plain(member)));
                yield map;
            }
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                ((JsonArray) value).forEach(item -> list.add(plain(item)));
                yield list;
            }
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
        };
    }
}
