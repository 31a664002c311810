package io.certstats.population;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.SeedData;
import io.certstats.curation.Tokens;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
public class PopulationCurationTest extends ApiTest {

    private static final String KEY = "jp_it_companies";
    private static final String PATH = "/api/v1/populations/" + KEY.replace('_', '-');

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheDataFiles() throws Exception {
        SeedData.restore(dataSource);
    }

    private static ExtractableResponse<Response> read() {
        return given().when().get(PATH).then().statusCode(200).header("ETag", notNullValue()).extract();
    }

    /** The body a curator sends: what GET served, with a new value. */
    public static Map<String, Object> edited(ExtractableResponse<Response> current, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", current.path("description"));
        body.put("value", value);
        body.put("unit", current.path("unit"));
        body.put("asOf", current.path("asOf"));
        body.put("source", Map.of("links", current.path("source.links"), "notes", current.path("source.notes")));
        return body;
    }

    @Test
    void aWriteAnswersJsonOnlyAsItsSpecSaysAndARequestForCsvChangesNothing() {
        ExtractableResponse<Response> before = read();
        long value = before.<Number>path("value").longValue();
        given().header("Authorization", "Bearer " + Tokens.curator("alice@example.org"))
                .contentType(JSON).accept("text/csv").header("If-Match", before.header("ETag"))
                .body(edited(before, value + 1))
                .when().put(PATH)
                .then().statusCode(406).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-acceptable"));
        given().when().get(PATH).then().statusCode(200)
                .header("ETag", equalTo(before.header("ETag")))
                .body("value", equalTo(before.path("value")));
    }

    @Test
    void aCuratorChangesTheFigureAndTheWriteIsAudited() {
        SeedFile.Row row = DataFiles.row("population-bases.csv", "key", KEY);
        long newValue = Long.parseLong(row.required("value")) + 1;
        ExtractableResponse<Response> before = read();
        String etag = given().header("Authorization", "Bearer " + Tokens.curator("alice@example.org"))
                .contentType(JSON).header("If-Match", before.header("ETag")).body(edited(before, newValue))
                .when().put(PATH)
                .then().statusCode(200).contentType(JSON)
                .body("value", equalTo((int) newValue))
                .body("unit", equalTo(row.required("unit")))
                .body("source.links.url", equalTo(List.of(row.required("source_url"))))
                .header("ETag", not(equalTo(before.header("ETag"))))
                .extract().header("ETag");

        given().when().get(PATH).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("value", equalTo((int) newValue));

        given().header("Authorization", "Bearer " + Tokens.curator("alice@example.org")).when().get("/api/v1/audit?size=1")
                .then().statusCode(200).contentType(JSON)
                .body("items[0].actor", equalTo("alice@example.org"))
                .body("items[0].action", equalTo("update"))
                .body("items[0].resource", equalTo(PATH))
                .body("items[0].oldValue.value", equalTo(Integer.valueOf(row.required("value"))))
                .body("items[0].newValue.value", equalTo((int) newValue))
                .body("items[0].writtenAt", notNullValue());
    }

    @Test
    void withoutIfMatchIs428AndNothingChanges() {
        ExtractableResponse<Response> before = read();
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).body(edited(before, 1))
                .when().put(PATH)
                .then().statusCode(428).contentType(PROBLEM)
                .body("status", equalTo(428))
                .body("type", equalTo("/problems/precondition-required"))
                .body("detail", containsString(before.header("ETag")));
        given().when().get(PATH).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void aStaleIfMatchIs412AndNothingChanges() {
        ExtractableResponse<Response> before = read();
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).body(edited(before, 1))
                .header("If-Match", "\"not-the-current-one\"")
                .when().put(PATH)
                .then().statusCode(412).contentType(PROBLEM)
                .body("status", equalTo(412))
                .body("type", equalTo("/problems/precondition-failed"))
                .body("detail", containsString(before.header("ETag")));
        given().when().get(PATH).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void namesEachBadField() {
        ExtractableResponse<Response> before = read();
        Map<String, Object> body = edited(before, 0);
        body.put("unit", " ");
        body.put("asOf", "2999");
        body.put("source", Map.of("links", List.of(Map.of("url", "ftp://example.org/figures")), "publishedOn", "2024"));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).body(body)
                .header("If-Match", before.header("ETag"))
                .when().put(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("value", "unit", "asOf", "source.links[0].url",
                        "source.publishedOn")))
                .body("errors.in", equalTo(List.of("body", "body", "body", "body", "body")))
                .body("errors[0].message", equalTo("must be 1 or more, not 0"))
                .body("errors[3].message", containsString("http(s)"));
        given().when().get(PATH).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void aBodyThatIsNotJsonOrHasAnUnknownFieldOrAWrongTypeIs400Problem() {
        String etag = read().header("ETag");
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", etag)
                .body("{\"value\": 12,").when().put(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors[0].parameter", equalTo("body"))
                .body("detail", containsString("not well-formed JSON"))
                .body(not(containsString("Exception")));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", etag)
                .body("{\"valeu\": 12}").when().put(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("valeu"))
                .body("errors[0].message", containsString("not a field"));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", etag)
                .body("{\"value\": \"many\"}").when().put(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("value"))
                .body(not(containsString("java.")));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", etag)
                .when().put(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("body"));
    }

    @Test
    void anUnknownBaseIs404Problem() {
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", "*")
                .body(Map.of("description", "x", "value", 1, "unit", "people"))
                .when().put("/api/v1/populations/nowhere")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("population-bases.csv"));
    }

    @Test
    void theAuditTrailHasNoEntryForRefusedWrites() {
        String etag = read().header("ETag");
        long entries = given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getLong("total");
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", etag)
                .body(Map.of("description", "x", "value", -3, "unit", "people")).when().put(PATH)
                .then().statusCode(400);
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo((int) entries));
    }
}
