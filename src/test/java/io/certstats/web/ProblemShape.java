package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** What every answer of the fuzz tests must be: free of internals, and for a 4xx or 5xx our exact Problem. */
final class ProblemShape {

    /** What the server itself would write if it leaked internals; the generated input contains none of these. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bjava\\.|\\bjakarta\\.|org\\.hibernate|org\\.postgresql|io\\.certstats|io\\.quarkus"
                    + "|io\\.vertx|SQLState|syntax error|certstats_test\\.|\\b[a-z]+\\d_0\\.[a-z_]+");
    private static final Set<String> FIELDS = Set.of("type", "title", "status", "detail", "instance", "requestId");
    private static final Pattern TYPE = Pattern.compile("/problems/[a-z0-9-]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemShape() {
    }

    /** The body as sent, decompressed when the server compressed it. */
    static String text(HttpHeaders headers, byte[] body) throws IOException {
        String encoding = headers.firstValue("Content-Encoding").orElse("identity");
        InputStream in = new ByteArrayInputStream(body);
        if (body.length > 0 && encoding.equalsIgnoreCase("gzip")) {
            in = new GZIPInputStream(in);
        } else if (body.length > 0 && encoding.equalsIgnoreCase("deflate")) {
            in = new InflaterInputStream(in);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * What is wrong with an answer, or null: every answer carries the request id and nosniff and
     * leaks nothing; an error is application/problem+json with exactly our fields, its status,
     * the path asked for as instance and the id of the X-Request-Id header (HEAD: the headers only).
     */
    static String fault(int status, HttpHeaders headers, String body, boolean head, String rawPath) {
        String requestId = headers.firstValue(RequestIdFilter.HEADER).orElse(null);
        if (requestId == null || headers.firstValue("X-Content-Type-Options").isEmpty()) {
            return "no X-Request-Id or X-Content-Type-Options header";
        }
        if (LEAK.matcher(body).find()) {
            return "leaks internals: " + body;
        }
        if (status < 400) {
            return null;
        }
        if (!headers.firstValue("Content-Type").orElse("").equals(Problem.MEDIA_TYPE)) {
            return "status " + status + " without a problem: " + headers.map() + " " + body;
        }
        if (head) {
            return body.isEmpty() ? null : "a HEAD answer with a body";
        }
        try {
            JsonNode problem = JSON.readTree(body);
            Set<String> fields = new TreeSet<>();
            problem.fieldNames().forEachRemaining(fields::add);
            fields.remove("errors");
            if (!fields.equals(FIELDS) || !TYPE.matcher(problem.path("type").asText()).matches()
                    || ProblemType.ofSlug(problem.path("type").asText().substring(ProblemType.BASE.length())).isEmpty()
                    || problem.path("status").asInt() != status || problem.path("title").asText().isBlank()
                    || problem.path("detail").asText().isBlank() || !requestId.equals(problem.path("requestId").asText())
                    || !rawPath.equals(problem.path("instance").asText())) {
                return "not our problem for status " + status + ", path " + rawPath + ", request " + requestId + ": " + body;
            }
        } catch (IOException e) {
            return "problem body is not JSON: " + body;
        }
        return null;
    }
}
