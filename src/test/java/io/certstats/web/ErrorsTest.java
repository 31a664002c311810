package io.certstats.web;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The errors that no resource raises itself: unknown paths, wrong methods, unsupported Accept. */
@QuarkusTest
class ErrorsTest extends ApiTest {

    @ParameterizedTest
    @CsvSource({"/api/v1/nothing-here", "/api/v2", "/nothing"})
    void unknownPathsAnswer404Problem(String path) {
        outsideTheSpec().when().get(path)
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("instance", equalTo(path))
                .body("detail", containsString("GET /api/v1 lists"));
    }

    @ParameterizedTest
    @CsvSource({"POST, /api/v1/certifications", "DELETE, /api/v1/rarity", "PUT, /api/v1/programs",
            "PATCH, /api/v1/populations/jp-it-companies"})
    void otherMethodsAnswer405Problem(String method, String path) {
        outsideTheSpec().when().request(method, path)
                .then().statusCode(405).contentType(PROBLEM)
                .body("status", equalTo(405))
                .body("detail", containsString(method));
    }

    @ParameterizedTest
    @CsvSource({"application/xml", "text/html", "image/png"})
    void unsupportedAcceptAnswers406Problem(String accept) {
        invalidRequest().accept(accept).when().get("/api/v1/certifications")
                .then().statusCode(406).contentType(PROBLEM)
                .body("status", equalTo(406))
                .body("title", equalTo("Not Acceptable"));
    }

    @Test
    void problemsNeverLeakJavaOrSql() {
        invalidRequest().when().get("/api/v1/programs/x/years/%27%20or%201=1--")
                .then().statusCode(400).contentType(PROBLEM)
                .body(not(containsString("Exception")))
                .body(not(containsString("select")))
                .body(not(containsString("io.certstats")));
    }
}
