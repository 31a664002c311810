package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemMapper;
import io.certstats.errors.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adds to the generated OpenAPI document what annotations cannot say once for every operation:
 * the server the document describes; the examples, read from the example files that ExamplesTest
 * checks against real answers ({@link SpecExamples}); the representations and caching of reads
 * ({@link Representations}); the problem answers that any operation may give (406 for an Accept it
 * cannot serve, 500 for a failure of the server, and 503 while the database cannot be reached, on
 * every operation but the index), which {@link ProblemMapper} answers for every resource, and those of
 * curators' writes (401, 403, 412, 428) with the ETag their answers carry; and, for an operation that
 * states no security requirement while the document has none either, an explicit empty one: that
 * operation is public, and clients (and the linter) should not have to guess; nullable references
 * written the one OpenAPI 3.1 way ({@link #nullableReferencesAsAnyOf}); and every property of an answer
 * required ({@link #everyPropertyRequired}). Runs at build time, so the committed openapi.yaml has them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Relative: the document describes the server that serves it, wherever that is.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this document (GET /q/openapi)")));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::nullableReferencesAsAnyOf);
            java.util.Set<String> sent = schemasOfRequestBodies(openAPI);
            openAPI.getComponents().getSchemas().forEach((name, schema) -> {
                if (!sent.contains(name)) {
                    everyPropertyRequired(schema);
                }
            });
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean publicByDefault = openAPI.getSecurity() == null || openAPI.getSecurity().isEmpty();
        Map<Integer, SpecExamples.Example> anyOperation = SpecExamples.anyOperation();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            item.getOperations().values().forEach(operation -> {
                Representations.documentCsv(operation);
                SpecExamples.apply(operation);
            });
            if (item.getGET() != null && path.startsWith("/api/")) { // /problems/{slug} is a page, not a read
                Representations.document(item.getGET());
            }
            item.getOperations().values().forEach(operation -> {
                addCommonProblems(operation);
                addCurationProblems(operation);
                if (!"getApiIndex".equals(operation.getOperationId())) {
                    addProblem(operation.getResponses(), "503",
                            "The database cannot be reached just now; retry after the Retry-After seconds.");
                }
                anyOperation.values().forEach(example -> exampleIfNone(operation, example));
                if (publicByDefault && operation.getSecurity() == null) {
                    operation.setSecurity(new ArrayList<>());
                }
            });
        });
    }

    /**
     * A property that holds a named object or null is written by SmallRye as {@code anyOf: [$ref, {type: null}]}
     * with a {@code type} beside it, and that sibling is sometimes {@code object} alone, which forbids the null
     * the anyOf allows (a strict validator then refuses real answers). The anyOf says it all: drop the sibling.
     */
    private static void nullableReferencesAsAnyOf(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().values().forEach(property -> {
            boolean orNull = property.getAnyOf() != null && property.getAnyOf().stream().anyMatch(branch ->
                    branch.getType() != null && branch.getType().equals(
                            List.of(Schema.SchemaType.NULL)));
            if (orNull) {
                property.setType(null);
            }
        });
    }

    /**
     * Jackson writes every field of the records the API serves, null or not, so each property of an
     * answer's schema is required: clients may rely on its presence, and the tests' validator checks it.
     * A schema that lists its own required properties ({@link Problem}) keeps its list; schemas that
     * clients send (request bodies and what they hold) keep theirs, as the server reads absent fields as null.
     */
    private static void everyPropertyRequired(Schema schema) {
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()
                && (schema.getRequired() == null || schema.getRequired().isEmpty())) {
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    /** The names of the component schemas a request body refers to, directly or through other schemas. */
    private static java.util.Set<String> schemasOfRequestBodies(OpenAPI openAPI) {
        java.util.Set<String> names = new java.util.HashSet<>();
        List<Schema> pending = new ArrayList<>(); // may hold nulls: absent items, properties, branches
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
                if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
                    op.getRequestBody().getContent().getMediaTypes().values().forEach(m -> pending.add(m.getSchema()));
                }
            }));
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        while (!pending.isEmpty()) {
            Schema schema = pending.remove(pending.size() - 1);
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (names.add(name)) {
                    pending.add(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            pending.add(schema.getItems());
            for (List<Schema> branches : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (branches != null) {
                    pending.addAll(branches);
                }
            }
        }
        return names;
    }

    private static void addCommonProblems(Operation operation) {
        addProblem(operation.getResponses(), "406", "The Accept header asks for a media type this operation cannot answer.");
        addProblem(operation.getResponses(), "500", "The server failed; the problem gives an incident id to quote.");
    }

    /**
     * What every curator's operation may answer besides its own: 401 and 403 where it needs a token,
     * 412 and 428 where it takes If-Match, as {@link ProblemMapper} and the preconditions answer them;
     * and the ETag of the representation a write answers with, for the next write.
     */
    private static void addCurationProblems(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addProblem(operation.getResponses(), "401", "No bearer token, or one that is expired, wrongly signed, "
                    + "from another issuer or not a JWT.");
            addProblem(operation.getResponses(), "403", "The token does not grant the role curator.");
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch) {
            addProblem(operation.getResponses(), "412", "If-Match is not the current ETag: someone changed the "
                    + "resource since you read it; read it again.");
            addProblem(operation.getResponses(), "428", "No If-Match header: a write must name the ETag it is "
                    + "based on.");
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeader("ETag", OASFactory.createHeader()
                            .description("The new representation's ETag, for the next write.")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
                }
            });
        }
    }

    /** A problem answer with no example yet gets the one every operation shares for its status. */
    private static void exampleIfNone(Operation operation, SpecExamples.Example example) {
        APIResponse response = operation.getResponses().getAPIResponse(String.valueOf(example.status()));
        MediaType problem = response == null || response.getContent() == null ? null
                : response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())) {
            problem.addExample(example.name(), OASFactory.createExample().value(example.value()));
        }
    }

    /** Declares a problem answer for the status, unless the operation declares one; its example is added later. */
    static void addProblem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem)));
    }
}
