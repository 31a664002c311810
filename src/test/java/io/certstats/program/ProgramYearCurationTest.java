package io.certstats.program;

import io.certstats.validation.YearParam;
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
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProgramYearCurationTest extends ApiTest {

    private static final String PROGRAM = "jp-all-certifications-engineers";
    private static final String YEARS = "/api/v1/programs/" + PROGRAM + "/years/";

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheDataFiles() throws Exception {
        SeedData.restore(dataSource);
    }

    /** The latest year of the program's data file that has a count. */
    private static SeedFile.Row latestCountedRow() {
        List<SeedFile.Row> counted = DataFiles.rows("all-certifications-engineers.csv", r -> r.integer("count") != null);
        return counted.get(counted.size() - 1);
    }

    private static ExtractableResponse<Response> read(int year) {
        return given().when().get(YEARS + year).then().statusCode(200).header("ETag", notNullValue()).extract();
    }

    /** The body a curator sends: what GET served, with a new count. */
    private static Map<String, Object> edited(ExtractableResponse<Response> current, Integer count) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", current.path("name"));
        body.put("count", count);
        body.put("requiredCertifications", current.path("requiredCertifications"));
        List<String> criteria = current.path("criteria.code");
        body.put("criteria", criteria);
        body.put("criteriaUrl", current.path("criteriaUrl"));
        body.put("source", current.path("source"));
        return body;
    }

    private static int put(String who, int year, String ifMatch, Map<String, Object> body) {
        return given().header("Authorization", "Bearer " + Tokens.curator(who)).contentType(JSON).header("If-Match", ifMatch).body(body)
                .when().put(YEARS + year).then().extract().statusCode();
    }

    @Test
    void aCuratorChangesTheCountAndCriteriaOfAYear() {
        SeedFile.Row row = latestCountedRow();
        int year = row.integer("year");
        int newCount = row.integer("count") + 1;
        List<String> criteria = DataFiles.rows("certifications.csv").stream().limit(2).map(r -> r.required("id"))
                .sorted().toList();
        ExtractableResponse<Response> before = read(year);
        Map<String, Object> body = edited(before, newCount);
        body.put("criteria", criteria);

        String etag = given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON)
                .header("If-Match", before.header("ETag")).body(body)
                .when().put(YEARS + year)
                .then().statusCode(200).contentType(JSON)
                .body("count", equalTo(newCount))
                .body("criteria.code", equalTo(criteria))
                .body("source.links.url", equalTo(before.path("source.links.url")))
                .body("source.publishedOn", equalTo(row.text("published_on")))
                .extract().header("ETag");

        given().when().get(YEARS + year).then().statusCode(200)
                .header("ETag", equalTo(etag))
                .body("count", equalTo(newCount))
                .body("criteria.code", equalTo(criteria));
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit?size=1")
                .then().statusCode(200)
                .body("items[0].resource", equalTo(YEARS + year))
                .body("items[0].actor", equalTo("alice"))
                .body("items[0].oldValue.count", equalTo(row.integer("count")))
                .body("items[0].newValue.count", equalTo(newCount));
    }

    /**
     * Criteria given to a year the data dates to the day are judged on that day (dayOf PUBLISHED_ON) with no
     * activeOn, in the write's answer as in later reads; an activeOn still asks about its own day.
     */
    @Test
    void criteriaWrittenForAYearPublishedOnADayAreJudgedOnThatDay() {
        List<SeedFile.Row> dated = DataFiles.rows("all-certifications-engineers.csv",
                r -> r.text("published_on") != null && r.text("published_on").length() == "2024-06-20".length());
        SeedFile.Row row = dated.get(dated.size() - 1);
        int year = row.integer("year");
        java.time.LocalDate published = java.time.LocalDate.parse(row.required("published_on"));
        java.util.Set<String> criteria = new java.util.TreeSet<>(DataFiles.rows("program-criteria.csv").stream()
                .map(r -> r.required("certification_id")).toList());
        ExtractableResponse<Response> before = read(year);
        Map<String, Object> body = edited(before, before.path("count"));
        body.put("criteria", List.copyOf(criteria));

        var written = given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON)
                .header("If-Match", before.header("ETag")).body(body).when().put(YEARS + year)
                .then().statusCode(200).contentType(JSON).extract();
        ProgramYearAvailabilityTest.assertJudged(written.jsonPath(), criteria, published, "PUBLISHED_ON");
        ProgramYearAvailabilityTest.assertJudged(given().when().get(YEARS + year).then().statusCode(200)
                .header("ETag", equalTo(written.header("ETag"))).extract().jsonPath(), criteria, published, "PUBLISHED_ON");
        java.time.LocalDate asked = published.minusYears(1);
        ProgramYearAvailabilityTest.assertJudged(given().queryParam("activeOn", asked.toString()).when().get(YEARS + year)
                .then().statusCode(200).extract().jsonPath(), criteria, asked, "ACTIVE_ON");
    }

    @Test
    void aYearTheDataDoesNotHaveIsRecordedWithIfNoneMatchStar() {
        List<Integer> known = given().when().get("/api/v1/programs/" + PROGRAM).then().extract().path("years");
        int year = IntStream.rangeClosed(YearParam.FIRST, YearParam.LAST)
                .filter(y -> !known.contains(y)).findFirst().orElseThrow();
        SeedFile.Row certification = DataFiles.rows("certifications.csv").get(0);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Japan All AWS Certifications Engineers");
        body.put("count", 0);
        body.put("criteria", List.of(certification.required("slug")));
        body.put("source", Map.of("links", List.of(Map.of("url", "https://example.org/announcement", "label", "test"))));

        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).body(body)
                .when().put(YEARS + year)
                .then().statusCode(428).contentType(PROBLEM)
                .body("detail", containsString("If-None-Match: *"));
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-None-Match", "*").body(body)
                .when().put(YEARS + year)
                .then().statusCode(201).contentType(JSON).header("ETag", notNullValue())
                .body("year", equalTo(year))
                .body("count", equalTo(0))
                .body("criteria.code", equalTo(List.of(certification.required("id"))))
                .body("source.links[0].label", equalTo("test"));
        given().when().get(YEARS + year).then().statusCode(200).body("count", equalTo(0));
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-None-Match", "*").body(body)
                .when().put(YEARS + year)
                .then().statusCode(412).contentType(PROBLEM)
                .body("detail", containsString("already exists"));
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit?size=1")
                .then().body("items[0].action", equalTo("create"))
                .body("items[0].oldValue", nullValue());
    }

    @Test
    void namesEachBadFieldIncludingAnUnknownCertification() {
        int year = latestCountedRow().integer("year");
        ExtractableResponse<Response> before = read(year);
        Map<String, Object> body = edited(before, -5);
        String code = DataFiles.rows("certifications.csv").get(0).required("id");
        body.put("requiredCertifications", 0);
        body.put("criteria", List.of(code, "no-such-certification", code));
        body.put("criteriaUrl", "mailto:aws@example.org");
        String tomorrow = java.time.LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        body.put("source", Map.of("links", List.of(Map.of("url", "ftp://example.org/count")), "publishedOn", tomorrow));

        // The body's constraints first; the criteria, which need the data, once those pass.
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(body).when().put(YEARS + year)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("count", "requiredCertifications", "criteriaUrl",
                        "source.links[0].url", "source.publishedOn")))
                .body("errors[4].message", containsString("future"));
        Map<String, Object> onlyCriteria = edited(before, 5);
        onlyCriteria.put("criteria", List.of(code, "no-such-certification", code));
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-Match", before.header("ETag"))
                .body(onlyCriteria).when().put(YEARS + year)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("errors.parameter", equalTo(List.of("criteria[1]", "criteria[2]")))
                .body("errors[0].message", containsString("not a known certification"))
                .body("errors[1].message", containsString("second time"));
        given().when().get(YEARS + year).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void aYearInTheFutureIs400AndAnUnknownProgram404() {
        int next = Year.now(ZoneOffset.UTC).getValue() + 1;
        invalidRequest().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-None-Match", "*")
                .body(Map.of("name", "x")).when().put(YEARS + next)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("year"))
                .body("errors[0].in", equalTo("path"))
                .body("errors[0].message", containsString("future"));
        given().header("Authorization", "Bearer " + Tokens.curator("alice")).contentType(JSON).header("If-None-Match", "*")
                .body(Map.of("name", "x")).when().put("/api/v1/programs/nothing/years/2024")
                .then().statusCode(404).contentType(PROBLEM);
    }

    /** Two curators edit the same year from the same representation: one wins, the other is told. */
    @Test
    void ofTwoConcurrentWritesFromTheSameETagExactlyOneWins() throws Exception {
        SeedFile.Row row = latestCountedRow();
        int year = row.integer("year");
        ExtractableResponse<Response> before = read(year);
        String etag = before.header("ETag");
        int auditBefore = given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit")
                .then().extract().path("total");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String curator : List.of("alice", "bob")) {
                int count = row.integer("count") + (curator.equals("alice") ? 1 : 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    return put(curator, year, etag, edited(before, count));
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "statuses " + statuses);

            String winner = statuses.get(0) == 200 ? "alice" : "bob";
            int winningCount = row.integer("count") + (winner.equals("alice") ? 1 : 2);
            given().when().get(YEARS + year).then().body("count", equalTo(winningCount));
            given().header("Authorization", "Bearer " + Tokens.curator("alice")).when().get("/api/v1/audit")
                    .then().body("total", equalTo(auditBefore + 1))
                    .body("items[0].actor", equalTo(winner))
                    .body("items[0].newValue.count", equalTo(winningCount));
        } finally {
            pool.shutdownNow();
        }
    }
}
