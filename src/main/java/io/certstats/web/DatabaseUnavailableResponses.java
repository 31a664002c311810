package io.certstats.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.LinkedHashMap;

/**
 * Documents the 503 of {@link ProblemMapper} on every operation that reads the database, which is
 * every one but the index, instead of repeating the same annotation on each resource method.
 */
public class DatabaseUnavailableResponses implements OASFilter {

    static final String EXAMPLE = """
            {"type":"/problems/database-unavailable","title":"Database unavailable","status":503,
             "detail":"The database cannot be reached just now; retry in a few seconds.",
             "instance":"/api/v1/certifications","requestId":"f4d52b03-932d-443c-ab92-b2e1bb775f84"}""";

    /** The operations that need no database. */
    private static final String INDEX = "getApiIndex";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(operation -> !INDEX.equals(operation.getOperationId()))
                .forEach(operation -> operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                        .description("The database cannot be reached just now; retry after the Retry-After seconds.")
                        .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                                        .addExample("database-down", OASFactory.createExample().value(example())))))));
    }

    /** The example as a JSON object (as the annotations' examples are), keeping its members' order. */
    private static Object example() {
        try {
            return new ObjectMapper().readValue(EXAMPLE, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the 503 example is not JSON", e);
        }
    }
}
