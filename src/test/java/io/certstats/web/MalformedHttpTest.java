package io.certstats.web;

import io.certstats.errors.Problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URL;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed HTTP, sent over a raw socket because an HTTP client refuses to write it. What reaches
 * the router answers our problem; what Vert.x or Quarkus refuse before it (docs/errors.md) answers
 * exactly the bodiless status asserted here, so that an upgrade changing it is seen.
 */
@QuarkusTest
class MalformedHttpTest {

    private static final Pattern BODILESS = Pattern.compile("(?s)HTTP/1\\.[01] (\\d{3}) [^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n");

    @TestHTTPResource("/")
    URL base;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "request line without a version | 400 | 'GET /api/v1\r\nHost: x\r\n\r\n'",
            "request line that is not one   | 400 | 'HELLO\r\n\r\n'",
            "space in the target            | 400 | 'GET /api/v1/certi fications HTTP/1.1\r\nHost: x\r\n\r\n'",
            "header line without a colon    | 400 | 'GET /api/v1 HTTP/1.1\r\nHost: x\r\nNoColonHere\r\n\r\n'",
            "space before the colon         | 400 | 'GET /api/v1 HTTP/1.1\r\nHost: x\r\nX-A : b\r\n\r\n'",
            "NUL in a header                | 400 | 'GET /api/v1 HTTP/1.1\r\nHost: x\r\nX-A: b\u0000c\r\n\r\n'",
            "Content-Length not a number    | 400 | 'POST /api/v1/journeys/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'",
            "two Content-Lengths            | 400 | 'POST /api/v1/journeys/evaluate HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n{}'",
            "Transfer-Encoding and Length   | 400 | 'POST /api/v1/journeys/evaluate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n2\r\n{}\r\n0\r\n\r\n'",
            "broken percent-escape          | 400 | 'GET /api/v1/certifications/%zz HTTP/1.1\r\nHost: x\r\n\r\n'",
            "raw control character in path  | 400 | 'GET /api/v1/\u0001x HTTP/1.1\r\nHost: x\r\n\r\n'",
            "request line over the limit    | 414 | 'GET /api/v1?q=LONG_LINE HTTP/1.1\r\nHost: x\r\n\r\n'",
            "headers over the limit         | 431 | 'GET /api/v1 HTTP/1.1\r\nHost: x\r\nX-Filler: LONG_HEADER\r\n\r\n'"})
    void refusedBeneathTheRouterWithABodilessStatus(String kind, int status, String request) throws IOException {
        String answer = raw(request.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n").replace("LONG_LINE", "x".repeat(LimitsTest.MAX_REQUEST_LINE))
                .replace("LONG_HEADER", "x".repeat(LimitsTest.MAX_HEADERS)));
        var bodiless = BODILESS.matcher(answer);
        assertTrue(bodiless.matches(), kind + ": " + answer);
        assertEquals(status, Integer.parseInt(bodiless.group(1)), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-length: 0\r\n"), answer);
    }

    @Test
    void aMalformedChunkClosesTheConnectionWithoutAnswer() throws IOException {
        assertEquals("", raw("POST /api/v1/journeys/evaluate HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                + "Content-Type: application/json\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no Host header        | 400 | bad-request    | /api/v1      | 'GET /api/v1 HTTP/1.1\r\nConnection: close\r\n\r\n'",
            "unusable Host header  | 400 | bad-request    | /api/v1      | 'GET /api/v1 HTTP/1.1\r\nHost: %%%:99999\r\nConnection: close\r\n\r\n'",
            "OPTIONS *             | 404 | not-found      | *            | 'OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'",
            "CONNECT host:port     | 404 | not-found      | x:443        | 'CONNECT x:443 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'",
            "a body over the limit | 413 | body-too-large | /api/v1/programs | 'PUT /api/v1/programs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: BODY_LENGTH\r\n\r\nBODY'"})
    void refusedByTheRouterWithAProblem(String kind, int status, String type, String instance, String request)
            throws IOException {
        int length = LimitsTest.MAX_BODY + 1;
        String answer = raw(request.replace("BODY_LENGTH", String.valueOf(length)).replace("BODY", "x".repeat(length)));
        assertTrue(answer.startsWith("HTTP/1.1 " + status + " "), kind + ": " + answer);
        String headers = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertTrue(headers.contains("\r\ncontent-type: " + Problem.MEDIA_TYPE), answer);
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        String requestId = headers.replaceAll("(?s).*\r\nx-request-id: ([^\r\n]+).*", "$1");
        var problem = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
        assertEquals("/problems/" + type, problem.path("type").asText(), answer);
        assertEquals(status, problem.path("status").asInt(), answer);
        assertEquals(instance, problem.path("instance").asText(), answer);
        assertEquals(requestId, problem.path("requestId").asText(), answer);
    }

    private String raw(String request) throws IOException {
        return RawHttp.send(base, request);
    }
}
