package io.certstats.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Bad input, tried at scale": sends generated requests to every GET operation of openapi.yaml and
 * checks every answer is the one {@link ReadContract} computes for it: its status, Content-Type, and
 * for a problem its type and the exact names in errors[]; a request valid by the contract gets what
 * the same values asked plainly get (a 200, or a 404 where the data lacks a name). Every answer
 * carries the request id, and none holds a stack trace, a Java class name or SQL. The seed is printed and can be set with
 * {@code -Dfuzz.seed=…} to replay a run; {@code -Dfuzz.requests=…} changes how many are sent.
 *
 * <p>Generated with a seeded {@link java.util.Random} rather than jqwik: jqwik 1.10 is built on JUnit
 * Platform 1.x while the Quarkus BOM brings JUnit 6, and a jqwik property would not run inside
 * {@code @QuarkusTest} (a Jupiter extension) anyway.
 */
@QuarkusTest
class FuzzedRequestsTest {

    static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    static final long SEED = Long.getLong("fuzz.seed", 20240608L);
    /** Requests in flight at once: enough to keep both cores busy, few enough not to queue for long. */
    static final int IN_FLIGHT = 8;

    @TestHTTPResource("/")
    URL base;

    final ObjectMapper json = new ObjectMapper();

    @Test
    void everyGeneratedRequestGetsAClearAnswer() throws Exception {
        OpenApiOperations spec = OpenApiOperations.read(Path.of("openapi.yaml"));
        Map<String, List<String>> valid = validValues();
        BadInputGenerator generator = new BadInputGenerator(SEED, valid);
        ReadContract contract = new ReadContract(valid.get("program"), valid.get("population"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(5)).build();

        Map<String, LongAdder> sent = new ConcurrentHashMap<>();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            OpenApiOperations.Operation operation = spec.operations().get(i % spec.operations().size());
            BadInputGenerator.Request request = generator.next(operation);
            count(sent, "operation " + operation.path());
            request.kinds().forEach(k -> count(sent, "value " + k));
            request.oddities().forEach(o -> count(sent, "request " + o));
            ReadContract.Expected computed = contract.expect(operation, request);
            count(sent, computed == null ? "expected: as the same raw path asked plainly"
                    : computed.status() == 0 ? "expected: valid, as the same values asked plainly"
                    : "expected: " + computed.status() + " " + computed.type());
            inFlight.acquire();
            answers.add(expected(client, operation, request, computed)
                    .thenCompose(expected -> client.sendAsync(httpRequest(request.target(), request.accept(),
                                    request.requestId()), HttpResponse.BodyHandlers.ofString())
                            .thenAccept(response -> {
                                statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
                                String failure = check(request, expected, response);
                                if (failure != null) {
                                    failures.add(request.target() + " (Accept " + request.accept() + "): " + failure);
                                }
                            }))
                    .whenComplete((nothing, error) -> {
                        inFlight.release();
                        if (error != null) {
                            failures.add(request.target() + " (Accept " + request.accept() + "): no answer: " + error);
                        }
                    }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        threads.shutdown();

        System.out.printf("Fuzzed %d requests (seed %d) in %d ms over %d GET operations of openapi.yaml%n",
                REQUESTS, SEED, (System.nanoTime() - started) / 1_000_000, spec.operations().size());
        new TreeMap<>(sent).forEach((kind, n) -> System.out.printf("  %-45s %6d%n", kind, n.sum()));
        System.out.println("  answers by status: " + new TreeMap<>(statuses));
        assertTrue(spec.operations().size() >= 9, "openapi.yaml lists the API's GET operations");
        Files.write(Path.of("target", "fuzz-failures.txt"), failures);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " of " + REQUESTS + " answers were wrong; the first ones are listed");
    }

    private HttpRequest httpRequest(String target, String accept, String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "")
                + target)).timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (requestId != null) {
            builder.header(RequestIdFilter.HEADER, requestId);
        }
        return builder.build();
    }

    /**
     * The answer computed by the contract; for a request valid by it, the status, type and names of
     * the same values asked plainly, which must be a 200 or a 404 (a name or year the data lacks);
     * for a path sent raw, what the same target with the same Accept gets.
     */
    private CompletableFuture<ReadContract.Expected> expected(HttpClient client, OpenApiOperations.Operation operation,
                                                              BadInputGenerator.Request request,
                                                              ReadContract.Expected computed) {
        if (computed != null && computed.status() != 0) {
            return CompletableFuture.completedFuture(computed);
        }
        HttpRequest plain = computed == null ? httpRequest(request.target(), request.accept(), null)
                : httpRequest(ReadContract.reference(operation, request), null, null);
        return client.sendAsync(plain, HttpResponse.BodyHandlers.ofString()).thenApply(answer -> {
            int status = answer.statusCode();
            if (computed != null && status != 200 && status != 404) {
                return new ReadContract.Expected(-status, null, Set.of(), null); // reported by check()
            }
            JsonNode problem = status == 200 ? null : tree(answer.body());
            if (computed != null && status == 200 && computed.contentType() == null) {
                return ReadContract.Expected.problem(406, "/problems/not-acceptable", Set.of());
            }
            String contentType = computed != null && status == 200 ? computed.contentType()
                    : answer.headers().firstValue("Content-Type").orElse("");
            return new ReadContract.Expected(status, problem == null ? null : problem.path("type").asText(),
                    problem == null ? Set.of() : names(problem), contentType);
        });
    }

    /** What is wrong with an answer, or null: anything but the expected status, type, names and Content-Type. */
    private String check(BadInputGenerator.Request request, ReadContract.Expected expected,
                         HttpResponse<String> response) {
        if (expected.status() < 0) {
            return "the same values asked plainly answered " + -expected.status() + ", neither 200 nor 404";
        }
        int status = response.statusCode();
        String fault = ProblemShape.fault(status, response.headers(), response.body(), false,
                URI.create(base.toString().replaceAll("/$", "") + request.target()).getRawPath());
        if (fault != null) {
            return fault;
        }
        String requestId = response.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        if (request.requestId() != null && RequestIdFilter.accepted(request.requestId()).equals(request.requestId())
                && !request.requestId().equals(requestId)) {
            return "request id " + request.requestId() + " not echoed: " + requestId;
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status != expected.status() || !contentType.startsWith(expected.contentType())) {
            return "status " + status + " as " + contentType + ", expected " + expected.status() + " as "
                    + expected.contentType() + " " + expected.type() + " " + expected.names() + ": " + abbreviate(response.body());
        }
        if (status != 200) {
            JsonNode problem = tree(response.body());
            if (!problem.path("type").asText().equals(expected.type()) || !names(problem).equals(expected.names())) {
                return "problem " + problem.path("type").asText() + " " + names(problem) + ", expected "
                        + expected.type() + " " + expected.names() + ": " + abbreviate(response.body());
            }
        }
        return null;
    }

    /** The parameters a problem names in errors[] ("name", or "parameter" as the API called it before). */
    private static Set<String> names(JsonNode problem) {
        Set<String> names = new java.util.LinkedHashSet<>();
        problem.path("errors").forEach(e -> names.add(e.has("name") ? e.path("name").asText() : e.path("parameter").asText()));
        return names;
    }

    private JsonNode tree(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** Identifiers that exist, read from the API itself, so that some requests get past validation. */
    private Map<String, List<String>> validValues() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        List<String> certifications = new ArrayList<>();
        for (JsonNode c : list(client, "/api/v1/certifications?size=100")) {
            certifications.add(c.path("slug").asText());
            c.path("examCodes").forEach(code -> certifications.add(code.path("code").asText()));
        }
        List<String> programs = slugs(client, "/api/v1/programs?size=100");
        List<String> populations = slugs(client, "/api/v1/populations?size=100");
        List<String> years = List.of("2022", "2023", "2024", "2025", "2000", "2100");
        List<String> sizes = List.of("1", "2", "50", "100");
        return Map.ofEntries(Map.entry("slugOrExamCode", certifications), Map.entry("slug", programs),
                Map.entry("program", programs), Map.entry("population", populations),
                Map.entry("year", years), Map.entry("from", years), Map.entry("to", years),
                Map.entry("page", List.of("1", "2", "1000000")), Map.entry("size", sizes),
                Map.entry("level", List.of("associate", "PROFESSIONAL", "Specialty", "foundational")),
                Map.entry("status", List.of("active", "RETIRED")),
                Map.entry("activeOn", List.of("2024-04-08", "2013-04-30", "2099-12-31")),
                Map.entry("count", List.of("0", "1222", "1500")), Map.entry("base", List.of("1575414", "43006")),
                Map.entry("lang", List.of("ja", "en", "JA", " en")), Map.entry("width", List.of("320", "720", "1600")));
    }

    private List<String> slugs(HttpClient client, String path) throws IOException, InterruptedException {
        return StreamSupport.stream(list(client, path).spliterator(), false).map(p -> p.path("slug").asText()).toList();
    }

    private JsonNode list(HttpClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base.toString()
                .replaceAll("/$", "") + path)).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("items");
    }

    private static <K> void count(Map<K, LongAdder> counts, K key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }
}
