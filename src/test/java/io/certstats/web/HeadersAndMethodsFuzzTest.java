package io.certstats.web;

import io.certstats.errors.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * "Fuzz the whole request": generated methods, paths, headers and bodies (RequestGenerator), each
 * sent twice, so that the same request meets a cold cache (rendered by RESTEasy) and then a warm one
 * (answered from memory by web/ReadPipeline); both answers must be the one a client of the
 * contract expects, exactly, and the same. The expected status follows from the request alone:
 * a declared body over the limit 413; a method no specification defines 501; a path the API does not
 * serve 404; OPTIONS 204 and a method the path does not answer 405, both with the path's methods
 * from openapi.yaml in Allow; a write without credentials 401 (or 415 for a body that is not JSON);
 * a journey body that is not a journey 400; a read 406 when Accept excludes all it serves, else the
 * status the same read gets without odd headers, 304 for If-None-Match: * on a current read, and
 * JSON, CSV or SVG as Accept ranks them. {@code -Dfuzz.seed} and {@code -Dfuzz.whole-requests} replay or
 * resize a run.
 */
@QuarkusTest
class HeadersAndMethodsFuzzTest {

    static final int REQUESTS = Integer.getInteger("fuzz.whole-requests", 5_000);
    static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    static final int IN_FLIGHT = 8;
    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
            "TRACE", "PATCH", "CONNECT");
    /** Sent with the plain read that sets the expected status: a request with credentials is never kept. */
    private static final String UNCACHED = "Basic Zm9vOmJhcg==";

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    final ObjectMapper json = new ObjectMapper();
    final Map<String, CompletableFuture<Integer>> plainReads = new ConcurrentHashMap<>();
    final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    /** Reads (URL and Accept) sent before: the first send of any other finds nothing kept for it. */
    final Set<String> readsSent = ConcurrentHashMap.newKeySet();
    HttpClient client;

    record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    }

    /** The answer expected; type is the problem's type, or null where the answer is no problem. */
    record Expected(int status, String contentType, Set<String> allow, String type) {

        Expected(int status, String contentType, Set<String> allow) {
            this(status, contentType, allow, null);
        }
    }

    @Test
    void everyWholeRequestGetsTheAnswerItsContractGives() throws Exception {
        OpenApiPaths spec = OpenApiPaths.read(Path.of("openapi.yaml"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(5)).build();
        RequestGenerator generator = new RequestGenerator(SEED, spec, validValues(), (int) maxBody.asLongValue());
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> done = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            RequestGenerator.Fuzzed request = generator.next();
            count("method " + request.method());
            count("path " + request.pathKind());
            count("body " + request.bodyKind());
            if (request.accept() != null) {
                count("header Accept " + acceptKind(request.accept()));
            }
            request.headers().forEach(h -> count("header " + h.kind()));
            if (request.method().equals("GET") || request.method().equals("HEAD")) {
                String read = request.target() + " Accept " + (request.accept() == null ? null : request.accept().value());
                count(readsSent.add(read) ? "read first sent cold, then warm" : "read first sent warm, then warm");
            }
            inFlight.acquire();
            done.add(expected(request)
                    .thenCompose(expected -> send(request).thenCompose(first -> send(request)
                            .thenAccept(repeat -> {
                                check(request, expected, first, "first");
                                check(request, expected, repeat, "repeat");
                                if (!same(first, repeat)) {
                                    fail(request, "the repeat answered otherwise than the first: " + first.status()
                                            + " " + first.headers().map() + " then " + repeat.status() + " "
                                            + repeat.headers().map());
                                }
                            })))
                    .whenComplete((nothing, error) -> {
                        inFlight.release();
                        if (error != null) {
                            fail(request, "no answer: " + error);
                        }
                    }));
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        threads.shutdown();

        long sent = counts.entrySet().stream().filter(e -> e.getKey().startsWith("status "))
                .mapToLong(e -> e.getValue().sum()).sum();
        System.out.printf("Fuzzed %d whole requests, each sent twice (%d answers, %d plain reads for the expected "
                        + "status; seed %d) in %d ms%n", REQUESTS, sent, plainReads.size(), SEED,
                (System.nanoTime() - started) / 1_000_000);
        new TreeMap<>(counts).forEach((kind, n) -> System.out.printf("  %-60s %6d%n", kind, n.sum()));
        Files.write(Path.of("target", "fuzz-whole-request-failures.txt"), failures);
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())),
                failures.size() + " answers were wrong; the first ones are listed");
        assertEquals(2L * REQUESTS, sent, "every request was sent twice and answered");
    }

    private CompletableFuture<Expected> expected(RequestGenerator.Fuzzed request) {
        Set<String> allowed = request.item() == null ? Set.of() : allowed(request.item().methods());
        String method = request.method();
        if (request.body().length > maxBody.asLongValue()) {
            return done(problem(413, "body-too-large"));
        }
        if (!KNOWN_METHODS.contains(method)) {
            return done(problem(501, "method-not-implemented"));
        }
        if (allowed.isEmpty()) {
            return done(problem(404, "not-found"));
        }
        if (method.equals("OPTIONS")) {
            return done(new Expected(204, null, allowed));
        }
        if (!allowed.contains(method)) {
            return done(new Expected(405, Problem.MEDIA_TYPE, allowed, "/problems/method-not-allowed"));
        }
        boolean jsonBody = request.contentType() != null && request.contentType().startsWith("application/json");
        return switch (method) {
            // a body of another type is refused before credentials are asked for; no Content-Type is not another type
            case "PUT" -> done(jsonBody || request.contentType() == null ? problem(401, "unauthorized")
                    : problem(415, "unsupported-media-type"));
            // RESTEasy reads a body without Content-Type as the operation's JSON
            case "POST" -> done(jsonBody || request.contentType() == null ? problem(400, "invalid-body")
                    : problem(415, "unsupported-media-type"));
            default -> read(request);
        };
    }

    /** A read: 406 when Accept excludes what the path serves, else what the plain read got, then 304 or the type. */
    private CompletableFuture<Expected> read(RequestGenerator.Fuzzed request) {
        String type = representation(request.accept(), request.item());
        if (type == null) {
            return done(problem(406, "not-acceptable"));
        }
        return plainReads.computeIfAbsent(request.target(), this::plainRead).thenApply(status -> {
            if (status != 200) {
                return problem(status);
            }
            if (request.headers().stream().anyMatch(RequestGenerator.Header::notModified)) {
                return new Expected(304, null, null);
            }
            return new Expected(200, type, null);
        });
    }

    /**
     * The representation Accept ranks highest among those the path serves (on a tie the one the API offers
     * first: JSON, then CSV, then SVG), or null for none.
     */
    static String representation(RequestGenerator.AcceptCase accept, OpenApiPaths.PathItem item) {
        if (item.citation()) {
            return ReadContract.AcceptCases.citation(accept == null ? null : accept.value());
        }
        if (item.zip()) {
            return ReadContract.AcceptCases.zip(accept == null ? null : accept.value());
        }
        double[] ranks = accept == null ? new double[] {1, 1, 1} : new double[] {accept.json(), accept.csv(), accept.svg()};
        boolean[] served = {item.json(), item.csv(), item.svg()};
        String[] types = {"application/json", "text/csv", "image/svg+xml"};
        String best = null;
        double bestRank = 0;
        for (int i = 0; i < types.length; i++) {
            if (served[i] && ranks[i] > bestRank) {
                best = types[i];
                bestRank = ranks[i];
            }
        }
        return best;
    }

    private CompletableFuture<Integer> plainRead(String target) {
        HttpRequest plain = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(30))
                .header("Authorization", UNCACHED).GET().build();
        return client.sendAsync(plain, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    private CompletableFuture<Answer> send(RequestGenerator.Fuzzed request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(request.target())).timeout(Duration.ofSeconds(30));
        if (request.accept() != null) {
            builder.header("Accept", request.accept().value());
        }
        request.headers().forEach(h -> builder.header(h.name(), h.value()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(request.method(), request.bodyKind() == RequestGenerator.BodyKind.NONE
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        return client.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            try {
                return new Answer(response.statusCode(), response.headers(),
                        ProblemShape.text(response.headers(), response.body()));
            } catch (IOException e) {
                return new Answer(response.statusCode(), response.headers(), "<undecodable body: " + e + ">");
            }
        });
    }

    private void check(RequestGenerator.Fuzzed request, Expected expected, Answer answer, String which) {
        count("status " + answer.status());
        count("send " + which);
        String fault = ProblemShape.fault(answer.status(), answer.headers(), answer.body(),
                request.method().equals("HEAD"), uri(request.target()).getRawPath());
        if (fault == null && answer.status() != expected.status()) {
            fault = "status " + answer.status() + ", expected " + expected.status() + ": " + answer.body();
        }
        String contentType = answer.headers().firstValue("Content-Type").orElse(null);
        if (fault == null && expected.contentType() != null
                && (contentType == null || !contentType.startsWith(expected.contentType()))) {
            fault = "Content-Type " + contentType + ", expected " + expected.contentType();
        }
        if (fault == null && expected.type() != null && !request.method().equals("HEAD")
                && !answer.body().contains("\"type\":\"" + expected.type() + "\"")) {
            fault = "not a problem of type " + expected.type() + ": " + answer.body();
        }
        if (fault == null && expected.allow() != null) {
            Set<String> allow = answer.headers().firstValue("Allow").map(a -> new TreeSet<>(Arrays.asList(a.split(",\\s*"))))
                    .orElse(new TreeSet<>());
            if (!allow.equals(expected.allow())) {
                fault = "Allow " + allow + ", expected " + expected.allow();
            }
        }
        if (fault == null && (answer.status() == 304 || answer.status() == 204 || request.method().equals("HEAD"))
                && !answer.body().isEmpty()) {
            fault = "a body where none belongs: " + answer.body();
        }
        if (fault != null) {
            fail(request, which + ": " + fault);
        }
    }

    /** Cold and warm agree: status, representation, methods and validator. */
    private static boolean same(Answer first, Answer repeat) {
        return first.status() == repeat.status()
                && header(first, "Content-Type").equals(header(repeat, "Content-Type"))
                && header(first, "Allow").equals(header(repeat, "Allow"))
                && header(first, "ETag").equals(header(repeat, "ETag"));
    }

    private static String header(Answer answer, String name) {
        return answer.headers().firstValue(name).orElse("");
    }

    /** The methods a path answers by its contract: its own, HEAD with GET, and OPTIONS. */
    private static Set<String> allowed(Set<String> declared) {
        Set<String> allowed = new TreeSet<>(declared);
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        allowed.add("OPTIONS");
        return allowed;
    }

    private static String acceptKind(RequestGenerator.AcceptCase accept) {
        if (accept.value().length() > 1000) {
            return "10 kB";
        }
        if (accept.value().replace(",", "").isBlank()) {
            return "empty";
        }
        if (accept.json() == 0 && accept.csv() == 0 && accept.svg() == 0) {
            return "unacceptable or garbage";
        }
        return accept.value().contains("q=") ? "with q-values" : accept.value().contains(";") ? "with parameters"
                : "plain";
    }

    private static Expected problem(int status) {
        return new Expected(status, Problem.MEDIA_TYPE, null);
    }

    private static Expected problem(int status, String type) {
        return new Expected(status, Problem.MEDIA_TYPE, null, "/problems/" + type);
    }

    private static <T> CompletableFuture<T> done(T value) {
        return CompletableFuture.completedFuture(value);
    }

    private void fail(RequestGenerator.Fuzzed request, String fault) {
        String accept = request.accept() == null ? "" : " Accept[" + abbreviate(request.accept().value()) + "]";
        failures.add(request.method() + " " + request.target() + accept + " " + request.headers().stream()
                .map(h -> h.name() + "[" + abbreviate(h.value()) + "]").toList() + " body " + request.bodyKind() + " "
                + request.contentType() + " (" + request.body().length + " bytes): " + abbreviate(fault));
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private void count(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private URI uri(String target) {
        return URI.create(base.toString().replaceAll("/$", "") + target);
    }

    /** Identifiers that exist, read from the API itself. */
    private Map<String, List<String>> validValues() throws IOException, InterruptedException {
        HttpClient plain = HttpClient.newHttpClient();
        List<String> certifications = new ArrayList<>();
        for (JsonNode c : items(plain, "/api/v1/certifications?size=100")) {
            certifications.add(c.path("slug").asText());
            c.path("examCodes").forEach(code -> certifications.add(code.path("code").asText()));
        }
        List<String> programs = slugs(plain, "/api/v1/programs?size=100");
        List<String> years = new ArrayList<>();
        for (JsonNode year : items(plain, "/api/v1/programs/" + programs.get(0) + "/years?size=100")) {
            years.add(year.path("year").asText());
        }
        return Map.of("slugOrExamCode", certifications, "slug", programs, "year", years);
    }

    private List<String> slugs(HttpClient plain, String path) throws IOException, InterruptedException {
        return StreamSupport.stream(items(plain, path).spliterator(), false).map(p -> p.path("slug").asText()).toList();
    }

    private JsonNode items(HttpClient plain, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = plain.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", UNCACHED).build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).path("items");
    }
}
