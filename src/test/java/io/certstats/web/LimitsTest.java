package io.certstats.web;

import io.certstats.ApiTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The request limits of application.properties, each just under and just over. The request line,
 * the headers and a malformed percent-encoding are refused by Vert.x and Quarkus before any filter
 * or resource runs: they answer the right 4xx with an empty body (docs/errors.md), which is asserted
 * here as it is, over a raw socket (an HTTP client would refuse to send most of them). A body over
 * its limit answers a 413 problem (web/BodyLimitFilter).
 */
@QuarkusTest
class LimitsTest extends ApiTest {

    static final int MAX_REQUEST_LINE = 4096;
    static final int MAX_HEADERS = 16 * 1024;
    static final int MAX_BODY = 64 * 1024;

    @TestHTTPResource("/")
    URL base;

    @Test
    void requestLineUpToTheLimitIsServedBeyondIt414() throws IOException {
        String path = "/api/v1?pretty="; // a parameter every read takes, with any value: unknown ones are refused
        String fits = "GET " + path + "x".repeat(MAX_REQUEST_LINE - 100) + " HTTP/1.1";
        assertTrue(raw(fits + "\r\nHost: x\r\nConnection: close\r\n\r\n").startsWith("HTTP/1.1 200 "));
        String tooLong = "GET " + path + "x".repeat(MAX_REQUEST_LINE) + " HTTP/1.1";
        String answer = raw(tooLong + "\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.matches("(?s)HTTP/1\\.[01] 414 .*content-length: 0\r\n\r\n"), answer);
    }

    @Test
    void headersUpToTheLimitAreServedBeyondIt431() throws IOException {
        String fits = "X-Filler: " + "x".repeat(MAX_HEADERS - 200) + "\r\n";
        assertTrue(raw("GET /api/v1 HTTP/1.1\r\nHost: x\r\n" + fits + "Connection: close\r\n\r\n")
                .startsWith("HTTP/1.1 200 "));
        String tooBig = "X-Filler: " + "x".repeat(MAX_HEADERS) + "\r\n";
        String answer = raw("GET /api/v1 HTTP/1.1\r\nHost: x\r\n" + tooBig + "Connection: close\r\n\r\n");
        assertTrue(answer.matches("(?s)HTTP/1\\.1 431 .*content-length: 0\r\n\r\n"), answer);
    }

    @Test
    void bodyBeyondTheLimitIs413() throws IOException {
        String answer = raw("PUT /api/v1/programs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (MAX_BODY + 1) + "\r\nConnection: close\r\n\r\n" + "x".repeat(MAX_BODY + 1));
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
        assertTrue(answer.contains("X-Request-Id: "), "the request id filter ran: " + answer);
        assertTrue(answer.contains("\r\ncontent-type: application/problem+json\r\n"), answer);
    }

    @Test
    void brokenPercentEncodingIs400() throws IOException {
        String answer = raw("GET /api/v1/certifications/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(answer.matches("(?s)HTTP/1\\.1 400 .*content-length: 0\r\n\r\n"), answer);
    }

    /** The cap is the one openapi.yaml promises (the size parameter's maximum), not whatever the code holds. */
    @Test
    void sizeBeyondItsCapIsAProblem() {
        int cap = given().get("/q/openapi?format=json").jsonPath()
                .getInt("paths.'/api/v1/certifications'.get.parameters.find { it.name == 'size' }.schema.maximum");
        given().get("/api/v1/certifications?size=" + cap).then().statusCode(200).body("size", equalTo(cap));
        var refused = invalidRequest().get("/api/v1/certifications?size=" + (cap + 1));
        refused.then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors.parameter", equalTo(java.util.List.of("size")))
                .body("errors[0].message", containsString("from 1 to " + cap))
                .body("requestId", equalTo(refused.header("X-Request-Id")));
    }

    private String raw(String request) throws IOException {
        return RawHttp.send(base, request);
    }
}
