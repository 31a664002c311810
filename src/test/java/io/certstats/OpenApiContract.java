package io.certstats;

import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A REST Assured filter that checks every request and the answer to it against the committed
 * {@code openapi.yaml} ({@link OpenApiValidator}: OpenAPI 3.1, JSON Schema 2020-12, strict), so that
 * any drift between the code and the spec fails the test that meets it. {@link ApiTest} installs it
 * for every test.
 *
 * <p>A test that sends a request outside the contract on purpose says so with {@link #invalidRequest()}:
 * only its answer is then checked. That includes enum values in lower case: the server reads them in
 * any case, as the parameters' descriptions say, but the schema lists the upper-case values clients
 * send, and a strict client or proxy holds requests to that. A test of a path or method the API does
 * not have at all says so with {@link #outsideTheSpec()}: the spec has no operation for it, so its
 * answer is checked against the spec's {@code Problem} schema alone. Quarkus' own endpoints under
 * {@code /q/} (this document, Swagger UI, health) are not operations of the API and are not checked, nor
 * is the dashboard at {@code /} (its page, script, style sheet and icon), a client of the API.
 *
 * <p>Each JVM appends how many requests and answers it checked to {@code target/openapi-contract.txt}.
 */
public final class OpenApiContract implements OrderedFilter {

    /** The committed spec; tests run from the project's folder. */
    static final Path SPEC = Path.of("openapi.yaml");

    private static final Path COUNTS = Path.of("target", "openapi-contract.txt");
    private static final String FRAMEWORK_PATHS = "/q/";
    private static final java.util.regex.Pattern DASHBOARD =
            java.util.regex.Pattern.compile("/|/index\\.html|/favicon\\.svg|/dashboard/.*");
    private static final String CHECK = OpenApiContract.class.getName() + ".check";
    private static final AtomicLong REQUESTS = new AtomicLong();
    private static final AtomicLong ANSWERS = new AtomicLong();

    private enum Check { REQUEST_AND_RESPONSE, RESPONSE_ONLY, PROBLEM_ONLY }

    private final OpenApiValidator validator;

    public OpenApiContract() {
        if (!Files.isRegularFile(SPEC)) {
            throw new IllegalStateException("no " + SPEC.toAbsolutePath() + ": tests run from the project folder");
        }
        validator = new OpenApiValidator(SPEC);
        Runtime.getRuntime().addShutdownHook(new Thread(OpenApiContract::writeCounts));
    }

    /** Marks a request that is deliberately outside the contract (a 400 case): only its answer is checked. */
    public static OrderedFilter invalidRequest() {
        return marker(Check.RESPONSE_ONLY);
    }

    /** Marks a request to a path or method the spec does not have: its answer must still be a Problem. */
    public static OrderedFilter outsideTheSpec() {
        return marker(Check.PROBLEM_ONLY);
    }

    @Override
    public Response filter(FilterableRequestSpecification requestSpec, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        URI uri = URI.create(requestSpec.getURI());
        String method = requestSpec.getMethod();
        if (uri.getPath().startsWith(FRAMEWORK_PATHS)) {
            return response; // Quarkus' own documents (the spec itself, Swagger UI, health): not API operations
        }
        if (DASHBOARD.matcher(uri.getPath()).matches()) {
            return response; // the dashboard's static page and files: a client of the API, not part of it
        }
        if (method.equals("HEAD") || method.equals("OPTIONS")) {
            return response; // HTTP's own: HEAD is GET without the body, OPTIONS is the CORS preflight
        }
        Check check = Objects.requireNonNullElse(context.getValue(CHECK), Check.REQUEST_AND_RESPONSE);
        OpenApiValidator.Response answer = new OpenApiValidator.Response(response.getStatusCode(),
                response.getContentType().isEmpty() ? null : response.getContentType(),
                headers(response.getHeaders().asList()), response.asString());
        List<String> faults = new java.util.ArrayList<>();
        if (check == Check.REQUEST_AND_RESPONSE) {
            faults.addAll(validator.validateRequest(new OpenApiValidator.Request(method, uri.getRawPath(),
                    query(uri.getRawQuery()), headers(requestSpec.getHeaders().asList()), requestSpec.getContentType(),
                    body(requestSpec.getBody()))));
            REQUESTS.incrementAndGet();
        }
        faults.addAll(check == Check.PROBLEM_ONLY ? validator.validateProblem(answer)
                : validator.validateResponse(method, uri.getRawPath(), answer));
        ANSWERS.incrementAndGet();
        if (!faults.isEmpty()) {
            throw new AssertionError(method + " " + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " answered "
                    + response.getStatusCode() + ", and the exchange does not match openapi.yaml:\n- "
                    + String.join("\n- ", faults));
        }
        return response;
    }

    /** After the markers, which run first, so that it reads what they set. */
    @Override
    public int getOrder() {
        return DEFAULT_PRECEDENCE;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value);
        }
        return query;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // a deliberately malformed escape: checked as sent
        }
    }

    private static Map<String, List<String>> headers(List<Header> headers) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        headers.forEach(h -> map.computeIfAbsent(h.getName(), n -> new java.util.ArrayList<>()).add(h.getValue()));
        return map;
    }

    private static String body(Object body) {
        if (body == null) {
            return null;
        }
        return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : body.toString();
    }

    private static void writeCounts() {
        try {
            Files.createDirectories(COUNTS.getParent());
            Files.writeString(COUNTS, "openapi contract: " + REQUESTS.get() + " requests and " + ANSWERS.get()
                            + " answers validated in one JVM\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write " + COUNTS + ": " + e);
        }
    }

    private static OrderedFilter marker(Check check) {
        return new OrderedFilter() {
            @Override
            public Response filter(FilterableRequestSpecification requestSpec,
                                   FilterableResponseSpecification responseSpec, FilterContext context) {
                context.setValue(CHECK, check);
                return context.next(requestSpec, responseSpec);
            }

            @Override
            public int getOrder() {
                return HIGHEST_PRECEDENCE;
            }
        };
    }
}
