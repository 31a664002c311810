package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemResponses;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds to the generated OpenAPI document what annotations cannot say once for every operation:
 * the server the document describes, and the problem answers that any operation may give
 * (406 for an Accept it cannot serve, 500 for a failure of the server, and 503 while the database
 * cannot be reached, on every operation but the index), which {@link ProblemMapper} answers for
 * every resource; and, for an operation that states no security requirement while the
 * document has none either, an explicit empty one: that operation is public, and clients (and the
 * linter) should not have to guess; nullable references written the one OpenAPI 3.1 way
 * ({@link #nullableReferencesAsAnyOf}); and every property of an answer required ({@link #everyPropertyRequired}).
 * Runs at build time, so the committed openapi.yaml has them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ApiDocumentFilter implements OASFilter {

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    static final String EXAMPLE_REQUEST_ID = "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c";

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
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (item.getGET() != null && path.startsWith("/api/")) { // /problems/{slug} is a page, not a read
                Representations.document(item.getGET(), path, !JSON_ONLY.contains(path));
            }
            if (item.getPOST() != null && CSV_POSTS.contains(path)) {
                Representations.documentCsv(item.getPOST());
            }
            item.getOperations().values().forEach(operation -> {
                addCommonProblems(operation);
                addCurationProblems(operation);
                if (!"getApiIndex".equals(operation.getOperationId())) {
                    addIfAbsent(operation.getResponses(), "503",
                            "The database cannot be reached just now; retry after the Retry-After seconds.",
                            Problem.of(ProblemType.DATABASE_UNAVAILABLE,
                                    "The database cannot be reached just now; retry in a few seconds.",
                                    URI.create("/api/v1/certifications"), List.of(), EXAMPLE_REQUEST_ID));
                }
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

    /** Reads that answer JSON only (the audit trail: its resource produces JSON, as curators read it). */
    private static final java.util.Set<String> JSON_ONLY = java.util.Set.of("/api/v1", "/api/v1/audit");

    /** Computations sent with POST that also answer CSV. */
    private static final java.util.Set<String> CSV_POSTS = java.util.Set.of("/api/v1/journeys/evaluate");

    private static void addCommonProblems(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        addIfAbsent(responses, "406", "The Accept header asks for a media type this operation cannot answer.",
                Problem.of(ProblemType.NOT_ACCEPTABLE,
                        "This resource answers application/json or text/csv; ask for one in the Accept header "
                                + "(or with ?format=json or ?format=csv), or send none.",
                        URI.create("/api/v1/certifications"), List.of(), EXAMPLE_REQUEST_ID));
        addIfAbsent(responses, "500", "The server failed; the problem gives an incident id to quote.",
                Problem.of(ProblemType.INTERNAL_ERROR,
                        "The server failed to answer; quote request id " + EXAMPLE_REQUEST_ID + " when reporting it.",
                        URI.create("/api/v1/certifications"), List.of(), EXAMPLE_REQUEST_ID));
    }

    /**
     * What every curator's operation may answer besides its own: 401 and 403 where it needs a token,
     * 412 and 428 where it takes If-Match, as {@link ProblemMapper} and the preconditions answer them.
     */
    private static void addCurationProblems(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(operation.getResponses(), "401", "No bearer token, or one that is expired, wrongly signed, "
                    + "from another issuer or not a JWT.", example(ProblemResponses.UNAUTHORIZED));
            addIfAbsent(operation.getResponses(), "403", "The token does not grant the role curator.",
                    example(ProblemResponses.FORBIDDEN));
        }
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch) {
            addIfAbsent(operation.getResponses(), "412", "If-Match is not the current ETag: someone changed the "
                    + "resource since you read it; read it again.", example(ProblemResponses.PRECONDITION_FAILED));
            addIfAbsent(operation.getResponses(), "428", "No If-Match header: a write must name the ETag it is "
                    + "based on.", example(ProblemResponses.PRECONDITION_REQUIRED));
        }
    }

    private static Map<String, Object> example(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem example is not JSON: " + json, e);
        }
    }

    static void addIfAbsent(APIResponses responses, String status, String description, Problem example) {
        addIfAbsent(responses, status, description, asMap(example));
    }

    private static void addIfAbsent(APIResponses responses, String status, String description,
                                    Map<String, Object> example) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))
                .examples(Map.of(String.valueOf(example.get("type")).substring(ProblemType.BASE.length()),
                        OASFactory.createExample().value(example)));
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem));
        responses.addAPIResponse(status, response);
    }

    /** The example as the JSON object it is answered as, in its order (an empty errors list is left out). */
    static Map<String, Object> asMap(Problem problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.type().toString());
        json.put("title", problem.title());
        json.put("status", problem.status());
        json.put("detail", problem.detail());
        json.put("instance", problem.instance().toString());
        if (!problem.errors().isEmpty()) {
            json.put("errors", problem.errors().stream().map(e -> {
                Map<String, Object> error = new LinkedHashMap<>(); // in a stable order: the spec is committed
                error.put("parameter", e.parameter());
                error.put("in", e.in());
                error.put("message", e.message());
                return error;
            }).toList());
        }
        json.put("requestId", problem.requestId());
        return json;
    }
}
