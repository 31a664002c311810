package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemMapper;
import io.certstats.validation.YearParam;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Adds to the generated OpenAPI document what annotations cannot say once for every operation:
 * the server the document describes; each operation's summary, description, success answers' descriptions
 * and examples, read from its file, whose examples ExamplesTest checks against real answers
 * ({@link OperationDocs}); the representations and caching of reads
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

    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // Relative: the document describes the server that serves it, wherever that is.
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("The server that serves this document (GET /q/openapi)")));
        openAPI.getComponents().addSchema(YearParam.SCHEMA, OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                .minimum(BigDecimal.valueOf(YearParam.FIRST)).maximum(BigDecimal.valueOf(YearParam.LAST))
                .description("A year the API accepts."));
        openAPI.getComponents().addSchema(Representations.CSL_ITEM, Representations.cslItem());
        openAPI.getComponents().addSchema(Representations.CSL_DATE, Representations.cslDate());
        openAPI.getComponents().getSchemas().values().forEach(ApiDocumentFilter::nullableReferencesAsAnyOf);
        Set<String> sent = schemasOfRequestBodies(openAPI);
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (!sent.contains(name)) {
                everyPropertyRequired(schema);
            }
        });
        boolean publicByDefault = openAPI.getSecurity() == null || openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            Representations.documentCsv(operation);
            Representations.documentCitation(operation);
            OperationDocs.apply(operation);
            if (method == PathItem.HttpMethod.GET && path.startsWith("/api/")) { // /problems/{slug} is a page, not a read
                Representations.document(operation);
            }
            addProblem(operation.getResponses(), "406",
                    "The Accept header asks for a media type this operation cannot answer.");
            addProblem(operation.getResponses(), "500",
                    "The server failed; the problem gives an incident id to quote.");
            addCurationProblems(operation);
            if (!"getApiIndex".equals(operation.getOperationId())) {
                addProblem(operation.getResponses(), "503",
                        "The database cannot be reached just now; retry after the Retry-After seconds.");
            }
            if (publicByDefault && operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
        }));
        // what SmallRye inferred from a citation's Java answer, which Representations.documentCitation replaced
        openAPI.getComponents().removeSchema("CitationView");
        openAPI.getComponents().removeSchema("Reference");
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
    private static Set<String> schemasOfRequestBodies(OpenAPI openAPI) {
        Set<String> names = new HashSet<>();
        openAPI.getPaths().getPathItems().values().stream().flatMap(item -> item.getOperations().values().stream())
                .filter(op -> op.getRequestBody() != null && op.getRequestBody().getContent() != null)
                .flatMap(op -> op.getRequestBody().getContent().getMediaTypes().values().stream())
                .forEach(body -> referredTo(body.getSchema(), openAPI.getComponents().getSchemas(), names));
        return names;
    }

    /** Adds the names of the component schemas the schema refers to, directly or through other schemas. */
    private static void referredTo(Schema schema, Map<String, Schema> components, Set<String> names) {
        if (schema == null) {
            return;
        }
        String name = schema.getRef() == null ? null : schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (name != null && names.add(name)) {
            referredTo(components.get(name), components, names);
        }
        Stream.of(schema.getProperties() == null ? List.<Schema>of() : schema.getProperties().values(),
                        Collections.singleton(schema.getItems()), schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull).flatMap(Collection::stream)
                .forEach(nested -> referredTo(nested, components, names));
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

    /**
     * Declares a problem answer for the status, unless the operation declares one, with the example every
     * operation shares for the status (any-operation.json), if there is one.
     */
    static void addProblem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType problem = problemMediaType();
        OperationDocs.Example shared = OperationDocs.ANY_OPERATION.get(Integer.valueOf(status));
        if (shared != null) {
            problem.addExample(shared.name(), OASFactory.createExample().value(shared.value()));
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem)));
    }

    static MediaType problemMediaType() {
        return OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
    }
}
