package io.certstats;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.certstats.curation.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The spec's examples are real answers: each operation's file under {@code src/main/resources/openapi/operations}
 * (one per operationId, plus {@code any-operation.json} for the problems every operation may answer) names
 * the request that produces each example, and this test sends it and fails where the answer is no longer
 * the example. With {@code -Dexamples.refresh=true} it rewrites the examples' values from the answers
 * instead, keeping the rest of each file (summary, description, responses, requests) as it is.
 *
 * <p>Ignored as volatile: {@code requestId} (a new one per request; the files keep
 * {@link #REQUEST_ID}) and the JSON pointers an example lists under {@code volatile} (the audit
 * trail's ids, times and total, which depend on what other tests wrote). Not requested: examples whose
 * request says {@code provokedBy}, a condition no request can bring about (a server fault, the database
 * being down); {@link #onlyServerFaultsAreNotRequested()} keeps that list to those two.
 */
@QuarkusTest
class ExamplesTest extends ApiTest {

    static final Path DIR = Path.of("src/main/resources/openapi/operations");
    static final String REQUEST_ID = "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c";
    private static final boolean REFRESH = Boolean.getBoolean("examples.refresh");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Test
    void everyExampleIsWhatTheApiAnswers() throws Exception {
        List<String> drifted = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, ObjectNode> file : files().entrySet()) {
            boolean changed = false;
            for (JsonNode example : file.getValue().path("examples")) {
                if (example.path("request").has("provokedBy")) {
                    continue;
                }
                JsonNode answer = answer(example);
                checked++;
                if (!example.path("value").equals(answer)) {
                    drifted.add(file.getKey() + " " + example.path("status").asText() + " "
                            + example.path("mediaType").asText() + " '" + example.path("name").asText()
                            + "'\n  example: " + example.path("value") + "\n  answer:  " + answer);
                    ((ObjectNode) example).set("value", answer);
                    changed = true;
                }
            }
            if (REFRESH) { // all of them, so that every file has the same layout
                write(DIR.resolve(file.getKey() + ".json"), file.getValue());
            }
        }
        assertTrue(checked > 50, "only " + checked + " examples were requested");
        if (!REFRESH) {
            assertEquals(List.of(), drifted, drifted.size() + " examples are not what the API answers; "
                    + "if the answers are right, refresh the files with ./mvnw test -Dtest=ExamplesTest -Dexamples.refresh=true");
        }
    }

    @Test
    void everyOperationHasItsFile() throws IOException {
        Set<String> operations = new TreeSet<>();
        JsonNode spec = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(OpenApiContract.SPEC.toFile());
        spec.path("paths").forEach(item -> item.forEach(op -> {
            if (op.has("operationId")) {
                operations.add(op.path("operationId").asText());
            }
        }));
        Set<String> files = new TreeSet<>(files().keySet());
        files.remove("any-operation");
        assertEquals(operations, files);
    }

    @Test
    void onlyServerFaultsAreNotRequested() throws IOException {
        Set<String> unrequested = new TreeSet<>();
        files().forEach((name, file) -> file.path("examples").forEach(example -> {
            if (example.path("request").has("provokedBy")) {
                unrequested.add(name + " " + example.path("status").asText() + " " + example.path("name").asText());
            }
        }));
        assertEquals(Set.of("any-operation 500 internal-error", "any-operation 503 database-unavailable"), unrequested);
    }

    /** Sends the example's request (after any it needs first), and gives the answer as it would be stored. */
    private JsonNode answer(JsonNode example) throws Exception {
        JsonNode request = example.path("request");
        boolean wrote = request.has("before");
        try {
            for (JsonNode before : request.path("before")) {
                int status = send(before, "application/json", true).statusCode();
                assertTrue(status < 300, "the request before " + example.path("name") + " answered " + status);
            }
            String mediaType = example.path("mediaType").asText();
            // CSV and SVG are asked for by media type; everything else, problems included, with JSON's
            boolean asked = mediaType.equals("text/csv") || mediaType.equals("image/svg+xml");
            Response response = send(request, asked ? mediaType : "application/json",
                    example.path("status").asInt() < 400);
            wrote |= !"GET".equals(request.path("method").asText()) && response.statusCode() < 300;
            assertEquals(example.path("status").asInt(), response.statusCode(),
                    example.path("name") + ": " + response.asString());
            assertEquals(mediaType, response.contentType().replaceAll(";.*", "").trim(), example.path("name").asText());
            if (mediaType.equals("application/zip")) {
                // a zip's example is its table of contents: the files it holds, one a line
                return TextNode.valueOf(String.join("\n",
                        io.certstats.datapackage.Zips.unzip(response.asByteArray()).keySet()));
            }
            if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
                // CSV, SVG, BibTeX, RIS, a problem type's page
                return TextNode.valueOf(keepText(example.path("value").asText(""), response.asString(),
                        example.path("volatile")));
            }
            JsonNode answer = JSON.readTree(response.asByteArray());
            String requestId = answer.path("requestId").asText(null);
            if (requestId != null) { // also where the detail quotes it
                answer = JSON.readTree(JSON.writeValueAsString(answer).replace(requestId, REQUEST_ID));
            }
            for (JsonNode pointer : example.path("volatile")) {
                keep(example.path("value"), answer, pointer.asText().substring(1).split("/"), 0);
            }
            return answer;
        } finally {
            if (wrote) { // a refused write changed nothing
                SeedData.restore(dataSource);
            }
        }
    }

    /**
     * A text answer with what its example calls volatile kept as stored: each entry is a regular expression,
     * and its n-th match in the answer becomes its n-th match in the stored value (a citation's vintage date
     * and data revision change with every seed, as JSON's volatile pointers do).
     */
    private static String keepText(String stored, String answer, JsonNode patterns) {
        for (JsonNode pattern : patterns) {
            java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.asText());
            List<String> kept = regex.matcher(stored).results().map(java.util.regex.MatchResult::group).toList();
            int[] n = {0};
            answer = regex.matcher(answer).replaceAll(match -> java.util.regex.Matcher.quoteReplacement(
                    n[0] < kept.size() ? kept.get(n[0]++) : match.group()));
        }
        return answer;
    }

    private Response send(JsonNode request, String defaultAccept, boolean valid) throws IOException {
        RequestSpecification http = valid ? given() : invalidRequest();
        http.accept(request.path("accept").asText(defaultAccept));
        String credentials = request.path("credentials").asText("");
        if (credentials.equals("curator")) {
            http.header("Authorization", "Bearer " + Tokens.curator("alice@example.org"));
        } else if (credentials.equals("reader")) {
            http.header("Authorization", "Bearer " + Tokens.reader("bob@example.org"));
        }
        String path = request.path("path").asText();
        if (request.path("ifMatch").asText().equals("current")) {
            http.header("If-Match", given().accept("application/json").get(path).then().statusCode(200)
                    .extract().header("ETag"));
        }
        request.path("headers").fields().forEachRemaining(h -> http.header(h.getKey(), h.getValue().asText()));
        if (request.has("body")) {
            String contentType = request.path("contentType").asText("application/json");
            JsonNode body = body(request.path("body"));
            http.contentType(contentType).body(body.isTextual() && !contentType.contains("json")
                    ? body.asText() : JSON.writeValueAsString(body));
        }
        return http.request(request.path("method").asText(), path);
    }

    /** A request body: inline, or by name from the file's requestBodies or another operation's. */
    private JsonNode body(JsonNode body) throws IOException {
        if (body.isObject() && body.has("operationId") && body.has("example") && body.size() == 2) {
            return files().get(body.path("operationId").asText()).path("requestBodies").path(body.path("example").asText());
        }
        if (body.isTextual()) {
            for (ObjectNode file : files().values()) {
                JsonNode named = file.path("requestBodies").path(body.asText());
                if (!named.isMissingNode()) {
                    return named;
                }
            }
        }
        return body;
    }

    /** Puts the example's value at a volatile pointer (with * for every array item, or an item's index) into the answer. */
    private static void keep(JsonNode example, JsonNode answer, String[] steps, int at) {
        if (answer == null || example == null || example.isMissingNode()) {
            return;
        }
        if (at == steps.length - 1) {
            if (answer instanceof ObjectNode object && example.has(steps[at])) {
                object.set(steps[at], example.get(steps[at]));
            }
            return;
        }
        if (steps[at].equals("*") && answer instanceof ArrayNode items) {
            Iterator<JsonNode> kept = example.elements();
            for (JsonNode item : items) {
                keep(kept.hasNext() ? kept.next() : null, item, steps, at + 1);
            }
            return;
        }
        keep(step(example, steps[at]), step(answer, steps[at]), steps, at + 1);
    }

    /** The member a pointer's step names: an array's item by its index, an object's field by its name. */
    private static JsonNode step(JsonNode node, String step) {
        return node.isArray() && step.matches("\\d+") ? node.get(Integer.parseInt(step)) : node.get(step);
    }

    private static Map<String, ObjectNode> cache;

    static synchronized Map<String, ObjectNode> files() throws IOException {
        if (cache == null) {
            Map<String, ObjectNode> read = new TreeMap<>();
            try (Stream<Path> files = Files.list(DIR)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    read.put(file.getFileName().toString().replaceAll("\\.json$", ""), (ObjectNode) JSON.readTree(file.toFile()));
                }
            }
            cache = read;
        }
        return cache;
    }

    private static void write(Path file, JsonNode content) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(file, JSON.writer(printer).writeValueAsString(content) + "\n", StandardCharsets.UTF_8);
    }
}
