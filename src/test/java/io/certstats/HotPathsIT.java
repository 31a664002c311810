package io.certstats;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every GET of bench/endpoints.txt (the benchmark's list: every read, JSON and CSV) against the
 * packaged app, the way clients and CDNs call it: a first answer, then revalidation by ETag and by
 * date (304), compressed and not, a few rounds each. Besides checking the packaged app, this run is
 * what trains the JVM's AOT cache (quarkus.package.jar.aot.enabled: the integration tests are the
 * training run), so the answers the app serves most are the ones whose classes and profiles the
 * cache holds. The curation writes are trained by GeneratedClientIT.
 */
@QuarkusIntegrationTest
class HotPathsIT {

    private static final int ROUNDS = 20;

    private static List<String> paths;

    @BeforeAll
    static void readTheBenchmarksEndpoints() throws IOException {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        paths = Files.readAllLines(Path.of("bench/endpoints.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+")[1]).toList();
        assertFalse(paths.isEmpty(), "bench/endpoints.txt lists no endpoint");
    }

    @Test
    void everyReadAnswersAndRevalidates() {
        for (int round = 0; round < ROUNDS; round++) {
            for (String path : paths) {
                String type = path.contains("format=csv") ? "text/csv"
                        : path.contains("format=svg") ? "image/svg+xml"
                        : path.contains("format=bibtex") ? "application/x-bibtex"
                        : path.contains("format=ris") ? "application/x-research-info-systems"
                        : path.contains("/datapackage") ? "application/zip"
                        : path.contains("/citation") ? "application/vnd.citationstyles.csl+json" : "application/json";
                Response first = given().header("Accept-Encoding", round % 2 == 0 ? "gzip" : "identity")
                        .when().get(path)
                        .then().statusCode(200)
                        .contentType(startsWith(type))
                        .header("ETag", startsWith("\""))
                        .body(not(emptyString()))
                        .extract().response();
                given().header("If-None-Match", first.header("ETag"))
                        .when().get(path)
                        .then().statusCode(304).header("ETag", equalTo(first.header("ETag")));
                given().header("If-Modified-Since", first.header("Last-Modified"))
                        .when().get(path)
                        .then().statusCode(304);
            }
        }
    }

    @Test
    void badReadsAnswerProblems() {
        for (int round = 0; round < ROUNDS; round++) {
            given().when().get("/api/v1/certifications/no-such-exam")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"));
            given().when().get("/api/v1/certifications?page=0")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/bad-parameter"))
                    .body("errors[0].parameter", equalTo("page"));
        }
    }
}
