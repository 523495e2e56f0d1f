package com.kaeru.backend.platform.openapi;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.problem.Problem;
import com.kaeru.backend.KaeruApplication;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation the success response its Java method actually returns. Payara writes a bare
 * {@code object} "Default Response." for undescribed operations, and no content at all for a success an
 * {@code @APIResponse} only names; a client generated from that returns nothing usable. The method is found
 * by the {@code operationId} of its {@code @Operation} on the contract's interfaces (the ones the
 * application's resources implement); problem details responses get the {@link Problem} schema.
 */
final class ResponseSchemas {
    private static final String PAYARA_DEFAULT = "Default Response.";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final OpenAPI openAPI;
    private final ContractSchemas schemas;

    ResponseSchemas(OpenAPI openAPI) {
        this.openAPI = openAPI;
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        this.schemas = new ContractSchemas(openAPI.getComponents());
    }

    void complete() {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Method> methods = contractMethods();
        schemas.completeArrays(contractTypes(methods.values()));
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                Method method = methods.get(operation.getOperationId());
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                if (method != null) {
                    success(operation.getResponses(), method);
                    parameters(operation, method);
                }
                problems(operation.getResponses());
            }
        }
    }

    private void success(APIResponses responses, Method method) {
        Class<?> returned = method.getReturnType();
        APIResponse payaraDefault = responses.getDefaultValue();
        boolean describedSuccess = responses.getAPIResponses() != null && responses.getAPIResponses().keySet()
                .stream().anyMatch(code -> code.startsWith("2"));
        if (returned == jakarta.ws.rs.core.Response.class) {
            // a file or a status chosen at run time: its @APIResponse says what it is, else it is a file
            if (!describedSuccess) {
                if (payaraDefault != null && PAYARA_DEFAULT.equals(payaraDefault.getDescription())) {
                    responses.removeAPIResponse(APIResponses.DEFAULT);
                }
                Content content = OASFactory.createContent();
                for (String mediaType : produces(method)) {
                    content.addMediaType(mediaType, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary")));
                }
                responses.addAPIResponse("200", OASFactory.createAPIResponse().description("The file").content(content));
            }
            return;
        }
        if (payaraDefault != null && PAYARA_DEFAULT.equals(payaraDefault.getDescription())) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
        }
        if (returned == void.class) {
            if (!describedSuccess) {
                responses.addAPIResponse("204", OASFactory.createAPIResponse().description("Done; no content"));
            }
            return;
        }
        APIResponse ok = successResponse(responses);
        if (ok == null) {
            ok = OASFactory.createAPIResponse().description("OK");
            responses.addAPIResponse("200", ok);
        }
        if (ok.getContent() == null || ok.getContent().getMediaTypes() == null || ok.getContent().getMediaTypes().isEmpty()) {
            Schema schema = schemas.of(method.getGenericReturnType());
            Content content = OASFactory.createContent();
            for (String mediaType : produces(method)) {
                content.addMediaType(mediaType, OASFactory.createMediaType().schema(schema));
            }
            ok.setContent(content);
        }
    }

    /** Path, query and header parameters typed as their Java parameters (a long id is an int64, not a number). */
    private static void parameters(Operation operation, Method method) {
        if (operation.getParameters() == null) {
            return;
        }
        java.lang.reflect.Parameter[] javaParameters = method.getParameters();
        for (var parameter : operation.getParameters()) {
            if (parameter == null || parameter.getSchema() == null) {
                continue;
            }
            for (var javaParameter : javaParameters) {
                if (parameter.getName() != null && parameter.getName().equals(jaxRsName(javaParameter))) {
                    ContractSchemas.retype(parameter.getSchema(), javaParameter.getType());
                }
            }
        }
    }

    private static String jaxRsName(java.lang.reflect.Parameter parameter) {
        var path = parameter.getAnnotation(jakarta.ws.rs.PathParam.class);
        if (path != null) {
            return path.value();
        }
        var query = parameter.getAnnotation(jakarta.ws.rs.QueryParam.class);
        if (query != null) {
            return query.value();
        }
        var header = parameter.getAnnotation(jakarta.ws.rs.HeaderParam.class);
        return header == null ? null : header.value();
    }

    private static APIResponse successResponse(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return null;
        }
        return responses.getAPIResponses().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("2") && entry.getValue() != null)
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** {@code @Schema(implementation = Problem.class)} comes out empty: point it at the Problem component. */
    private void problems(APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        for (APIResponse response : responses.getAPIResponses().values()) {
            if (response != null && response.getContent() != null && response.getContent().getMediaTypes() != null
                    && response.getContent().getMediaTypes().containsKey(PROBLEM_JSON)) {
                response.getContent().getMediaTypes().get(PROBLEM_JSON).setSchema(schemas.of(Problem.class));
            }
        }
    }

    private static List<String> produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? List.of(MediaType.APPLICATION_JSON) : List.of(produces.value());
    }

    /** Every contract type the methods take or return, directly or inside another, by simple name. */
    private static Map<String, Class<?>> contractTypes(java.util.Collection<Method> methods) {
        Map<String, Class<?>> bySimpleName = new HashMap<>();
        java.util.Deque<java.lang.reflect.Type> pending = new java.util.ArrayDeque<>();
        for (Method method : methods) {
            pending.add(method.getGenericReturnType());
            pending.addAll(List.of(method.getGenericParameterTypes()));
        }
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            java.lang.reflect.Type type = pending.pop();
            if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
                pending.addAll(List.of(parameterized.getActualTypeArguments()));
                pending.add(parameterized.getRawType());
            } else if (type instanceof Class<?> clazz && clazz.getName().startsWith("com.kaeru.api.") && seen.add(clazz)) {
                bySimpleName.putIfAbsent(clazz.getSimpleName(), clazz);
                if (clazz.isRecord()) {
                    for (var part : clazz.getRecordComponents()) {
                        pending.add(part.getGenericType());
                    }
                } else {
                    for (var field : clazz.getFields()) {
                        pending.add(field.getGenericType());
                    }
                }
            }
        }
        return bySimpleName;
    }

    /** operationId → method, over the {@code @Path} interfaces of the application's resources. */
    private static Map<String, Method> contractMethods() {
        Map<String, Method> byId = new HashMap<>();
        for (Class<?> resource : new KaeruApplication().getClasses()) {
            for (Class<?> contract : resource.getInterfaces()) {
                if (!contract.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method method : contract.getMethods()) {
                    var operation = method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
                    if (operation != null && !operation.operationId().isEmpty()) {
                        byId.put(operation.operationId(), method);
                    }
                }
            }
        }
        return byId;
    }
}
