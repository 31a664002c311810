package io.certstats;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What client authors notice in the committed openapi.yaml, checked for every operation, including
 * those added later: what the linter's recommended rules do not ask for.
 */
class OpenApiDocumentTest {

    private static OpenAPI spec;

    @BeforeAll
    static void read() {
        spec = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString());
    }

    /** The spec's info is what application.properties says, so a property that stops reaching the spec is seen. */
    @Test
    void saysWhoAndWhere() throws java.io.IOException {
        java.util.Properties config = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/application.properties"))) {
            config.load(in);
        }
        assertEquals(config.getProperty("quarkus.smallrye-openapi.info-title"), spec.getInfo().getTitle());
        assertEquals(config.getProperty("quarkus.smallrye-openapi.info-version"), spec.getInfo().getVersion());
        assertEquals(config.getProperty("quarkus.smallrye-openapi.info-license-name"), spec.getInfo().getLicense().getName());
        assertEquals(config.getProperty("quarkus.smallrye-openapi.info-license-url"), spec.getInfo().getLicense().getUrl());
        assertEquals(config.getProperty("quarkus.smallrye-openapi.info-contact-name"), spec.getInfo().getContact().getName());
        assertFalse(spec.getServers().isEmpty());
    }

    @Test
    void everyParameterIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        forEachOperation((name, operation) -> {
            for (Parameter parameter : nullToEmpty(operation.getParameters())) {
                if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                    undescribed.add(name + " " + parameter.getName());
                }
            }
        });
        assertEquals(List.of(), undescribed, "parameters with no description");
    }

    @Test
    void everyAnswerHasAnExampleAndANamedSchema() {
        List<String> faults = new ArrayList<>();
        forEachOperation((name, operation) -> operation.getResponses().forEach((status, response) ->
                contentOf(response).forEach((mediaType, content) -> {
                    String where = name + " " + status + " " + mediaType;
                    if (content.getExample() == null && (content.getExamples() == null || content.getExamples().isEmpty())) {
                        faults.add(where + ": no example");
                    }
                    if (isInlineObject(content.getSchema())) {
                        faults.add(where + ": inline object schema (name it, so generators need not invent a name)");
                    }
                })));
        assertEquals(List.of(), faults);
    }

    @Test
    @SuppressWarnings("rawtypes") // swagger-parser's model types properties as raw Schema
    void componentSchemasNestNoAnonymousObjects() {
        List<String> inline = new ArrayList<>();
        spec.getComponents().getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
            properties.forEach((property, value) -> {
                if (isInlineObject(value) || isInlineObject(value.getItems())) {
                    inline.add(name + "." + property);
                }
            });
        });
        assertEquals(List.of(), inline, "properties whose object schema has no name");
    }

    private static boolean isInlineObject(Schema<?> schema) {
        return schema != null && schema.get$ref() == null && schema.getProperties() != null
                && !schema.getProperties().isEmpty();
    }

    private static Map<String, MediaType> contentOf(ApiResponse response) {
        return response.getContent() == null ? Map.of() : response.getContent();
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, Operation> check) {
        spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                check.accept(method + " " + path + " (" + operation.getOperationId() + ")", operation)));
    }
}
