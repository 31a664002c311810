package io.certstats.web;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Security headers and request ids, on answers of every kind. The security headers come from
 * configuration ({@code quarkus.http.header.*} and {@code quarkus.http.filter.csp.*} in
 * application.properties), so these tests are what shows that the configuration reaches answers that
 * no resource writes: problems of the router and of the filters, 304s, and answers sent from memory.
 */
@QuarkusTest
class HeadersTest extends ApiTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** What every answer outside Swagger UI carries. */
    static ValidatableResponse hasSecurityHeaders(ValidatableResponse answer) {
        return answer.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Server", nullValue())
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/certifications", "/api/v1/rarity?year=x",
            "/api/v1/populations?sise=10", "/q/health/live", "/q/openapi"})
    void everyAnswerCarriesSecurityHeadersAndNoServerBanner(String path) {
        // a bad or unknown parameter, on purpose: only their answers are checked
        hasSecurityHeaders(invalidRequest().get(path).then());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/api/v1/nothing-here", "/api/v1/certifications/XYZ-C01"})
    void notFoundProblemsCarryThem(String path) {
        hasSecurityHeaders((path.endsWith("XYZ-C01") ? given() : outsideTheSpec()).get(path).then()
                .statusCode(404).contentType(PROBLEM));
    }

    @Test
    void methodNotAllowedProblemCarriesThem() {
        hasSecurityHeaders(outsideTheSpec().delete("/api/v1/rarity").then().statusCode(405).contentType(PROBLEM));
    }

    @Test
    void notAcceptableProblemCarriesThem() {
        hasSecurityHeaders(invalidRequest().accept("text/html").get("/api/v1/certifications").then()
                .statusCode(406).contentType(PROBLEM));
    }

    @Test
    void notModifiedAnswersCarryThem() {
        String path = "/api/v1/populations/jp-it-companies";
        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        // the second answer is sent from memory, ahead of RESTEasy
        hasSecurityHeaders(given().header("If-None-Match", etag).get(path).then().statusCode(304));
        hasSecurityHeaders(given().header("If-None-Match", "*").get(path).then().statusCode(304));
        hasSecurityHeaders(given().get(path).then().statusCode(200));
    }

    @Test
    void swaggerUiKeepsItsScriptsButNotSniffing() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void aSensibleRequestIdIsEchoedInHeaderAndProblem() {
        given().header("X-Request-Id", "trace-42.a_b:c").get("/api/v1/certifications/XYZ-C01")
                .then().statusCode(404).contentType(PROBLEM)
                .header("X-Request-Id", "trace-42.a_b:c")
                .body("requestId", equalTo("trace-42.a_b:c"));
    }

    @Test
    void aRequestIdOver64CharactersIsReplaced() {
        anUnfitRequestIdIsReplaced("x".repeat(65));
    }

    @ParameterizedTest
    @ValueSource(strings = {"has spaces", "<script>alert(1)</script>", "a,b"})
    void anUnfitRequestIdIsReplaced(String given) {
        Response answer = invalidRequest().header("X-Request-Id", given).get("/api/v1/rarity?year=1");
        answer.then().statusCode(400).contentType(PROBLEM)
                .header("X-Request-Id", matchesPattern(UUID))
                .header("X-Request-Id", not(given));
        assertEquals(answer.header("X-Request-Id"), answer.path("requestId"));
    }
}
