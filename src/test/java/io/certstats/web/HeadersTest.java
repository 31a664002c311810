package io.certstats.web;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Security headers and request ids, on answers of every kind. */
@QuarkusTest
class HeadersTest extends ApiTest {

    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1", "/api/v1/certifications", "/api/v1/rarity?year=x", "/nothing",
            "/q/health/live", "/q/openapi"})
    void everyAnswerCarriesSecurityHeadersAndNoServerBanner(String path) {
        // a bad parameter and a path the API does not have, on purpose: only their answers are checked
        (path.equals("/nothing") ? given().filter(io.certstats.OpenApiContract.outsideTheSpec()) : invalidRequest())
                .get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
                .header("Server", nullValue())
                .header("X-Request-Id", matchesPattern(UUID));
    }

    @Test
    void swaggerUiKeepsItsScriptsButNotSniffing() {
        given().get("/q/swagger-ui/").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
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
