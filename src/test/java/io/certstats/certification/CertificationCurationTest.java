package io.certstats.certification;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CertificationCurationTest extends ApiTest {

    /** The first active certification of the data files. */
    private static SeedFile.Row activeRow() {
        return DataFiles.rows("certifications.csv", r -> r.required("status").equalsIgnoreCase("active")).get(0);
    }

    private static String path(SeedFile.Row row) {
        return "/api/v1/certifications/" + row.required("slug");
    }

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheDataFiles() throws Exception {
        SeedData.restore(dataSource);
    }

    private static ExtractableResponse<Response> read(String path) {
        return given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract();
    }

    /** The body a curator sends: GET's representation without the fields that cannot change. */
    private static Map<String, Object> editable(ExtractableResponse<Response> current) {
        Map<String, Object> body = new LinkedHashMap<>(current.jsonPath().getMap(""));
        body.remove("slug");
        body.remove("code");
        body.remove("examCode");
        return body;
    }

    @Test
    void aCuratorRecordsANewExamCodeAFeeChangeAndARetirement() {
        SeedFile.Row row = activeRow();
        String code = row.required("id");
        ExtractableResponse<Response> before = read(path(row));
        Map<String, Object> body = editable(before);
        int newFee = row.integer("fee_usd") + 50;
        body.put("feeUsd", newFee);
        body.put("status", "RETIRED");
        body.put("retiredOn", "2099-12-31");
        List<Object> codes = new ArrayList<>(before.path("examCodes"));
        codes.add(Map.of("code", code + "-Z99", "liveFrom", "2099-01"));
        body.put("examCodes", codes);

        String etag = given().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON)
                .header("If-Match", before.header("ETag")).body(body)
                .when().put(path(row))
                .then().statusCode(200).contentType(JSON)
                .body("feeUsd", equalTo(newFee))
                .body("status", equalTo("RETIRED"))
                .body("retiredOn", equalTo("2099-12-31"))
                .body("examCode", equalTo(code + "-Z99"))
                .body("examCodes.size()", equalTo(codes.size()))
                .body("name", equalTo(row.required("name_en")))
                .extract().header("ETag");

        given().when().get("/api/v1/certifications/" + code + "-Z99").then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("slug", equalTo(row.required("slug")))
                .body("feeUsd", equalTo(newFee));
        given().header("Authorization", "Bearer " + Tokens.curator("carol")).when().get("/api/v1/audit?size=1")
                .then().body("items[0].resource", equalTo(path(row)))
                .body("items[0].oldValue.feeUsd", equalTo(row.integer("fee_usd")))
                .body("items[0].newValue.feeUsd", equalTo(newFee));
    }

    @Test
    void aSecondIdenticalWriteFromTheOldETagIs412() {
        SeedFile.Row row = activeRow();
        ExtractableResponse<Response> before = read(path(row));
        Map<String, Object> body = editable(before);
        body.put("feeUsd", row.integer("fee_usd") + 1);
        given().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(body).when().put(path(row)).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.curator("dave")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(body).when().put(path(row))
                .then().statusCode(412).contentType(PROBLEM)
                .body("type", equalTo("/problems/precondition-failed"));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("dave")).contentType(JSON).body(body).when().put(path(row))
                .then().statusCode(428).contentType(PROBLEM)
                .body("type", equalTo("/problems/precondition-required"));
    }

    @Test
    void namesEachBadField() {
        SeedFile.Row row = activeRow();
        SeedFile.Row other = DataFiles.rows("exam-versions.csv",
                r -> !r.required("certification_id").equals(row.required("id"))).get(0);
        ExtractableResponse<Response> before = read(path(row));
        Map<String, Object> body = editable(before);
        body.put("feeUsd", -1);
        body.put("passingScore", 1001);
        body.put("launchedOn", "April 2013");
        List<Object> codes = new ArrayList<>(before.path("examCodes"));
        codes.add(Map.of("code", "C04"));
        codes.add(Map.of("code", other.required("exam_code")));
        body.put("examCodes", codes);
        int n = codes.size();
        // The body's constraints first; the exam codes' rules, which need the data, once those pass.
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(body).when().put(path(row))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("launchedOn", "feeUsd", "passingScore")))
                .body("errors[0].message", equalTo("must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06), "
                        + "not 'April 2013'"))
                .body("errors[1].message", equalTo("must be 0 or more, not -1"))
                .body("errors[2].message", equalTo("must be at most 1000 (scores are out of 1,000), not 1001"));
        Map<String, Object> fieldsFine = editable(before);
        fieldsFine.put("examCodes", codes);
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(fieldsFine).when().put(path(row))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("examCodes[" + (n - 2) + "].code", "examCodes[" + (n - 1) + "].code")))
                .body("errors[0].message", containsString("must be " + row.required("id") + "-"))
                .body("errors[1].message", containsString("'" + other.required("exam_code") + "'"));
        body = editable(before);
        body.put("level", "GURU");
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(body).when().put(path(row))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("level"))
                .body("errors[0].message", containsString("ASSOCIATE"));
        given().when().get(path(row)).then().header("ETag", equalTo(before.header("ETag")));
    }

    /** An exam code's availability is said of a day by the API (activeOn); a body that writes one is refused. */
    @Test
    void anExamCodesAvailabilityIsNotWritten() {
        SeedFile.Row row = activeRow();
        ExtractableResponse<Response> before = read(path(row));
        Map<String, Object> body = editable(before);
        List<Map<String, Object>> codes = new ArrayList<>();
        before.jsonPath().<Map<String, Object>>getList("examCodes").forEach(c -> codes.add(new LinkedHashMap<>(c)));
        codes.get(0).put("availability", "AVAILABLE");
        body.put("examCodes", codes);
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON)
                .header("If-Match", before.header("ETag")).body(body).when().put(path(row))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("examCodes[0].availability")))
                .body("errors[0].message", containsString("activeOn"));
        given().when().get(path(row)).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void anExamCodeIsNotASlugForWrites() {
        SeedFile.Row row = activeRow();
        String examCode = DataFiles.rows("exam-versions.csv", r -> r.required("certification_id").equals(row.required("id")))
                .get(0).required("exam_code");
        given().header("Authorization", "Bearer " + Tokens.curator("carol")).contentType(JSON).header("If-Match", "*")
                .body(editable(read(path(row)))).when().put("/api/v1/certifications/" + examCode)
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("certifications.csv"));
    }
}
