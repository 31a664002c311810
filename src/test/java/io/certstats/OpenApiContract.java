package io.certstats;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A REST Assured filter that checks every request and the answer to it against the committed
 * {@code openapi.yaml} (with Atlassian's swagger-request-validator), so that any drift between the
 * code and the spec fails the test that meets it. {@link ApiTest} installs it for every test.
 *
 * <p>A test that sends a bad request on purpose says so with {@link #invalidRequest()}: only its
 * answer is then checked. A test of a path or method the API does not have at all says so with
 * {@link #outsideTheSpec()}: the spec has no operation for it, so its answer is checked against the
 * spec's {@code Problem} schema alone. Quarkus' own endpoints under {@code /q/} (this document,
 * Swagger UI, health) are not operations of the API and are not checked.
 */
public final class OpenApiContract implements OrderedFilter {

    /** The committed spec; tests run from the project's folder. */
    static final Path SPEC = Path.of("openapi.yaml");

    private static final String FRAMEWORK_PATHS = "/q/";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String CHECK = OpenApiContract.class.getName() + ".check";
    private static final String ENUM_MISMATCH = "validation.request.parameter.schema.enum";

    private enum Check { REQUEST_AND_RESPONSE, RESPONSE_ONLY, PROBLEM_ONLY }

    private final OpenAPI spec;
    private final OpenApiInteractionValidator validator;
    private final SchemaValidator schemas;

    public OpenApiContract() {
        if (!Files.isRegularFile(SPEC)) {
            throw new IllegalStateException("no " + SPEC.toAbsolutePath() + ": tests run from the project folder");
        }
        spec = new OpenAPIV3Parser().read(SPEC.toString());
        readNullableReferencesAsJsonSchema(spec);
        validator = OpenApiInteractionValidator.createFor(spec)
                .withWhitelist(ValidationErrorsWhitelist.create().withRule(
                        "enum query values are read ignoring case (level=associate), as the spec describes",
                        (message, operation, request, response) -> isEnumInOtherCase(message, request)))
                .build();
        schemas = new SchemaValidator(spec, new MessageResolver());
    }

    /**
     * OpenAPI 3.0 can only say that a property holding a named object may be null as
     * {@code nullable: true} beside {@code allOf: [$ref]} (what SmallRye writes, and generators read).
     * This validator reads that strictly (null fails the referenced object schema), so its copy of the
     * spec says the same thing in JSON Schema's words: the reference, or null. The committed file is
     * unchanged, and a non-null value must still match the referenced schema.
     */
    private static void readNullableReferencesAsJsonSchema(OpenAPI spec) {
        for (Schema<?> schema : spec.getComponents().getSchemas().values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            for (Schema<?> property : schema.getProperties().values()) {
                if (Boolean.TRUE.equals(property.getNullable()) && property.getAllOf() != null
                        && property.getAllOf().size() == 1) {
                    property.setAnyOf(List.of(property.getAllOf().get(0), new Schema<>().type("null")));
                    property.setAllOf(null);
                    property.setType(null);
                }
            }
        }
    }

    /** Marks a request that is deliberately outside the contract (a 400 case): only its answer is checked. */
    public static OrderedFilter invalidRequest() {
        return marker(Check.RESPONSE_ONLY);
    }

    /** Marks a request to a path or method the spec does not have: its answer must still be a Problem. */
    public static OrderedFilter outsideTheSpec() {
        return marker(Check.PROBLEM_ONLY);
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        if (requestSpec.getDerivedPath().startsWith(FRAMEWORK_PATHS)) {
            return response; // Quarkus' own documents (the spec itself, Swagger UI, health): not API operations
        }
        if (requestSpec.getMethod().equals("HEAD") || requestSpec.getMethod().equals("OPTIONS")) {
            return response; // HTTP's own: HEAD is GET without the body, OPTIONS is the CORS preflight
        }
        Check check = Objects.requireNonNullElse(context.getValue(CHECK), Check.REQUEST_AND_RESPONSE);
        Request request = RestAssuredRequest.of(requestSpec);
        ValidationReport report = switch (check) {
            case REQUEST_AND_RESPONSE -> validator.validate(request, RestAssuredResponse.of(response));
            case RESPONSE_ONLY -> validator.validateResponse(request.getPath(), request.getMethod(),
                    RestAssuredResponse.of(response));
            case PROBLEM_ONLY -> problemOnly(response);
        };
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " answered "
                    + response.getStatusCode() + ", which does not match openapi.yaml:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
        return response;
    }

    /** After the markers, which run first, so that it reads what they set. */
    @Override
    public int getOrder() {
        return DEFAULT_PRECEDENCE;
    }

    private ValidationReport problemOnly(Response response) {
        String contentType = response.getContentType();
        if (contentType == null || !contentType.startsWith(PROBLEM_MEDIA_TYPE)) {
            return ValidationReport.singleton(ValidationReport.Message.create("certstats.problem.contentType",
                    "expected " + PROBLEM_MEDIA_TYPE + ", got " + contentType).build());
        }
        Schema<?> problem = new Schema<>().$ref("#/components/schemas/Problem");
        return schemas.validate(response.asString(), problem, "validation.response.body");
    }

    /**
     * The spec lists enum values in upper case, the form clients send; the server also reads them in
     * any case as a convenience (see the parameters' descriptions). Only that difference is forgiven:
     * a value that is no enum value in any case is still an error.
     */
    private boolean isEnumInOtherCase(ValidationReport.Message message, Request request) {
        if (!ENUM_MISMATCH.equals(message.getKey())) {
            return false;
        }
        Parameter parameter = message.getContext().flatMap(ValidationReport.MessageContext::getParameter).orElse(null);
        if (parameter == null || parameter.getSchema() == null) {
            return false;
        }
        List<String> allowed = enumValues(parameter.getSchema());
        Collection<String> sent = "query".equals(parameter.getIn())
                ? request.getQueryParameterValues(parameter.getName()) : List.of();
        return !sent.isEmpty() && sent.stream().allMatch(v -> allowed.contains(v.toUpperCase(Locale.ROOT)));
    }

    private List<String> enumValues(Schema<?> schema) {
        Schema<?> resolved = schema;
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            resolved = spec.getComponents().getSchemas().get(name);
        }
        return resolved == null || resolved.getEnum() == null ? List.of()
                : resolved.getEnum().stream().map(String::valueOf).toList();
    }

    private static OrderedFilter marker(Check check) {
        return new OrderedFilter() {
            @Override
            public Response filter(FilterableRequestSpecification requestSpec,
                                   FilterableResponseSpecification responseSpec, FilterContext context) {
                context.setValue(CHECK, check);
                return context.next(requestSpec, responseSpec);
            }

            @Override
            public int getOrder() {
                return HIGHEST_PRECEDENCE;
            }
        };
    }
}
