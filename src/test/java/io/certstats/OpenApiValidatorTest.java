package io.certstats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator every REST test runs ({@link OpenApiValidator}) bites: the spec's own examples pass,
 * and each kind of break a strict client meets (null where the spec does not allow it, a missing
 * required field, a property where additionalProperties is false, a wrong type, an undocumented status
 * or media type) fails, with the place named.
 */
class OpenApiValidatorTest {

    private static final String YEAR_PATH = "/api/v1/programs/jp-all-certifications-engineers/years/2025";
    private static final String POPULATION_PATH = "/api/v1/populations/jp-it-companies";

    private static OpenApiValidator validator;
    private static JsonNode spec;

    @BeforeAll
    static void read() throws IOException {
        validator = new OpenApiValidator(OpenApiContract.SPEC);
        spec = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(OpenApiContract.SPEC));
    }

    @Test
    void theSpecsOwnExamplesPass() {
        assertEquals(List.of(), answer(yearExample()));
        assertEquals(List.of(), write(populationExample()));
    }

    @Test
    void nullWhereTheSpecAllowsItPassesAndNullElsewhereFails() {
        ObjectNode year = yearExample();
        year.putNull("change"); // nullable: a YearChange or null
        assertEquals(List.of(), answer(year));
        year.putNull("source"); // not nullable
        assertEquals(List.of("body /source: null found, object expected"), answer(year));
    }

    @Test
    void aNullableObjectMustStillMatchItsSchemaWhenPresent() {
        ObjectNode year = yearExample();
        year.put("change", 5);
        assertEquals(List.of("body /change: integer found, object expected", "body /change: integer found, null expected"),
                answer(year));
    }

    @Test
    void aWrongTypeFails() {
        ObjectNode year = yearExample();
        year.put("year", "2025");
        assertEquals(List.of("body /year: string found, integer expected"), answer(year));
    }

    @Test
    void aMissingRequiredFieldFails() {
        ObjectNode population = populationExample();
        population.remove("unit");
        assertEquals(List.of("request body : required property 'unit' not found"), write(population));
    }

    @Test
    void aPropertyWhereAdditionalPropertiesIsFalseFails() {
        ObjectNode population = populationExample();
        population.put("valeu", 1);
        assertEquals(List.of("request body : property 'valeu' is not defined in the schema and the schema does not allow additional properties"),
                write(population));
    }

    @Test
    void anUndocumentedStatusOrMediaTypeFails() {
        assertFault(validator.validateResponse("GET", YEAR_PATH, new OpenApiValidator.Response(418, "application/json",
                Map.of(), yearExample().toString())), "418", "not documented");
        assertFault(validator.validateResponse("GET", YEAR_PATH, new OpenApiValidator.Response(200, "text/html",
                Map.of(), "<p>")), "text/html", "");
    }

    @Test
    void aParameterOutsideItsSchemaFails() {
        assertFault(validator.validateRequest(request("GET", "/api/v1/programs/jp-all-certifications-engineers/years/1999",
                Map.of(), null)), "year=1999", "minimum");
        assertFault(validator.validateRequest(request("GET", "/api/v1/certifications",
                Map.of("level", List.of("associate")), null)), "level=associate", "enum");
        assertEquals(List.of(), validator.validateRequest(request("GET", "/api/v1/certifications",
                Map.of("level", List.of("ASSOCIATE"), "size", List.of("10")), null)));
    }

    private static List<String> answer(JsonNode body) {
        return validator.validateResponse("GET", YEAR_PATH,
                new OpenApiValidator.Response(200, "application/json", Map.of(), body.toString()));
    }

    private static List<String> write(JsonNode body) {
        return validator.validateRequest(request("PUT", POPULATION_PATH, Map.of(), body.toString()));
    }

    private static OpenApiValidator.Request request(String method, String path, Map<String, List<String>> query,
                                                    String body) {
        return new OpenApiValidator.Request(method, path, query, Map.of("If-Match", List.of("\"etag\"")),
                body == null ? null : "application/json", body);
    }

    private static ObjectNode yearExample() {
        return example("/paths/~1api~1v1~1programs~1{slug}~1years~1{year}/get/responses/200/content/application~1json");
    }

    private static ObjectNode populationExample() {
        return example("/paths/~1api~1v1~1populations~1{slug}/put/requestBody/content/application~1json");
    }

    /** The first example the spec gives at that media type, as a fresh object to break. */
    private static ObjectNode example(String mediaType) {
        JsonNode examples = spec.at(mediaType + "/examples");
        assertTrue(examples.size() > 0, "no examples at " + mediaType);
        return (ObjectNode) examples.elements().next().path("value").deepCopy();
    }

    private static void assertFault(List<String> faults, String where, String what) {
        assertTrue(faults.stream().anyMatch(f -> f.contains(where) && f.contains(what)),
                "expected a fault naming " + where + " (" + what + "), got " + faults);
    }
}
