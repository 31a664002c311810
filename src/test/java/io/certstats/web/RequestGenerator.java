package io.certstats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates whole requests for {@link HeadersAndMethodsFuzzTest} from a seeded {@link Random}: a
 * method, a path of openapi.yaml (or one the API does not serve) with valid, unknown or garbage
 * values, odd headers, and a body of a random type and size. Each header value carries what a
 * client may expect from it, so that the test can assert each answer exactly.
 */
final class RequestGenerator {

    enum PathKind { VALID, UNKNOWN_VALUE, GARBAGE_VALUE, UNKNOWN_PATH }

    enum BodyKind { NONE, EMPTY, JSON, GARBAGE_TEXT, FORM, BINARY, OVER_LIMIT }

    /** How much a header value makes a client want JSON, CSV and SVG (RFC 9110 q-values; 0 is "not at all"). */
    record AcceptCase(String value, double json, double csv, double svg) {
    }

    /** A header and whether a read with a current copy answers 304 because of it. */
    record Header(String kind, String name, String value, boolean notModified) {
    }

    record Fuzzed(String method, String target, OpenApiPaths.PathItem item, PathKind pathKind, AcceptCase accept,
                  List<Header> headers, BodyKind bodyKind, String contentType, byte[] body) {

        boolean readsCsvOrJson() {
            return item != null && item.methods().contains("GET");
        }
    }

    static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");
    /** Tokens no HTTP specification defines, as a scanner or a typo would send them. */
    static final List<String> UNKNOWN_METHODS = List.of("FOO", "BREW", "PROPFIND", "get", "Delete", "X-UNKNOWN");
    static final List<String> UNKNOWN_PATHS = List.of("/api/v1/nothing", "/api/v2/programs", "/nothing",
            "/api/v1/programs/a/b/c/d/e", "/API/V1/PROGRAMS", "/api/v1/rarity/matrix/x", "/api/v1/journeys");

    static final List<AcceptCase> ACCEPTS = List.of(
            new AcceptCase("", 1, 0, 1), new AcceptCase("   ", 1, 0, 1), new AcceptCase(", ,", 1, 0, 1),
            new AcceptCase("*/*", 1, 0, 1), new AcceptCase("application/json", 1, 0, 0), new AcceptCase("text/csv", 0, 1, 0),
            new AcceptCase("application/*", 1, 0, 0), new AcceptCase("text/*", 0, 1, 0),
            new AcceptCase("application/json, ,", 1, 0, 0), new AcceptCase("application/json; charset=utf-8", 1, 0, 0),
            new AcceptCase("text/csv; charset=utf-8", 0, 1, 0),
            new AcceptCase("application/json;q=0.5, text/csv;q=0.9", 0.5, 0.9, 0),
            new AcceptCase("text/csv;q=0.1, application/json", 1, 0.1, 0),
            new AcceptCase("text/html, */*;q=0.1", 0.1, 0, 0.1), // */* ranks JSON first, then CSV, at the same q
            new AcceptCase("application/json;" + "p=v;".repeat(2500), 1, 0, 0), // 10 kB of parameters
            new AcceptCase("garbage", 0, 0, 0), new AcceptCase(";;;", 0, 0, 0), new AcceptCase("a/b/c", 0, 0, 0),
            new AcceptCase("text/html", 0, 0, 0), new AcceptCase("application/xml", 0, 0, 0),
            new AcceptCase("image/*", 0, 0, 1), // the charts' and badges' image/svg+xml
            new AcceptCase("x".repeat(10_000), 0, 0, 0));

    /** Headers a read answers the same with or without, except If-None-Match: * (304 when the read succeeds). */
    static final Map<String, List<String>> HEADERS = Map.ofEntries(
            Map.entry("Accept-Encoding", List.of("gzip", "deflate", "*", "gzip;q=abc, ***", "identity", "x".repeat(300))),
            Map.entry("Accept-Language", List.of("", "*", "ja-JP,en;q=0.5", ";;;", "x".repeat(3000))),
            Map.entry("If-None-Match", List.of("*", "garbage", "\"abc\"", "W/\"x\"", "\"unterminated", "")),
            Map.entry("If-Match", List.of("*", "garbage", "\"abc\"", "")),
            Map.entry("If-Modified-Since", List.of("garbage", "", "Sun, 06 Nov 1994 08:49:37 GMT", "-1", "0",
                    "Sunday, 06-Nov-94 08:49:37 GMT")),
            Map.entry("Origin", List.of("null", "https://evil.example", "http://localhost", "", "file://",
                    "https://" + "a".repeat(500) + ".example")),
            Map.entry("Range", List.of("bytes=0-10", "bytes=garbage", "items=1-2", "bytes=-1", "bytes=5-1")),
            Map.entry("Authorization", List.of("garbage", "Bearer ", "Bearer x.y.z", "Basic !!!", "Digest x")),
            Map.entry("Content-Type", List.of("application/json", "garbage", ";;", "text/csv; charset=ebcdic")));
    private static final List<String> HEADER_NAMES = List.copyOf(new java.util.TreeSet<>(HEADERS.keySet()));
    private static final Set<String> READS = Set.of("GET", "HEAD");
    private static final String TEXT = "abcxyzABCXYZ0123456789-_.~!$&'()*+,;=:@ \"<>\\^`{|}%日本😀";

    private final Random random;
    private final OpenApiPaths spec;
    private final Map<String, List<String>> validValues;
    private final int maxBody;

    RequestGenerator(long seed, OpenApiPaths spec, Map<String, List<String>> validValues, int maxBody) {
        this.random = new Random(seed);
        this.spec = spec;
        this.validValues = validValues;
        this.maxBody = maxBody;
    }

    Fuzzed next() {
        String method = random.nextInt(25) == 0 ? pick(UNKNOWN_METHODS) : pick(METHODS);
        OpenApiPaths.PathItem item = null;
        PathKind pathKind;
        String target;
        if (random.nextInt(12) == 0) {
            pathKind = PathKind.UNKNOWN_PATH;
            target = pick(UNKNOWN_PATHS);
        } else {
            item = spec.paths().get(random.nextInt(spec.paths().size()));
            pathKind = item.pathParameters().isEmpty() ? PathKind.VALID : pick(PathKind.VALID, PathKind.VALID,
                    PathKind.UNKNOWN_VALUE, PathKind.GARBAGE_VALUE);
            target = fill(item, pathKind);
        }
        AcceptCase accept = null;
        List<Header> headers = new ArrayList<>();
        if (READS.contains(method)) {
            if (random.nextInt(3) > 0) {
                accept = pick(ACCEPTS);
            }
            for (int n = random.nextInt(3); n > 0; n--) {
                headers.add(header());
            }
        } else if (random.nextBoolean()) {
            String name = pick("Origin", "Accept-Language", "Range", "Accept-Encoding");
            headers.add(new Header(name, name, pick(HEADERS.get(name)), false));
        }
        if (random.nextInt(10) == 0 && !headers.isEmpty()) {
            Header again = headers.get(0);
            headers.add(new Header("repeated " + again.name(), again.name(), again.value(), again.notModified()));
        }
        BodyKind bodyKind = body(method);
        String contentType = switch (bodyKind) {
            case NONE -> null;
            case JSON, EMPTY, OVER_LIMIT -> pick("application/json", "application/json; charset=utf-8", null);
            case GARBAGE_TEXT -> pick("text/plain", "application/json", null);
            case FORM -> "application/x-www-form-urlencoded";
            case BINARY -> pick("application/octet-stream", "image/png", "application/json");
        };
        return new Fuzzed(method, target, item, pathKind, accept, headers, bodyKind, contentType, bytes(bodyKind));
    }

    private Header header() {
        String name = pick(HEADER_NAMES);
        String value = pick(HEADERS.get(name));
        // If-None-Match: * matches any current representation (RFC 9110 §13.1.2)
        boolean notModified = name.equals("If-None-Match") && value.equals("*");
        return new Header(name, name, value, notModified);
    }

    private BodyKind body(String method) {
        if (READS.contains(method) && random.nextInt(4) > 0) {
            return random.nextInt(30) == 0 ? BodyKind.OVER_LIMIT : BodyKind.NONE;
        }
        return pick(BodyKind.values());
    }

    private byte[] bytes(BodyKind kind) {
        return switch (kind) {
            case NONE, EMPTY -> new byte[0];
            // never a valid journey: an unknown field, or JSON of another shape
            case JSON -> pick("{\"zz\":" + random.nextInt() + "}", "[]", "[1,2,3]", "\"text\"", "null", "42",
                    "{\"attempts\":\"" + text(random.nextInt(200)) + "\",\"zz\":1}",
                    "{\"attempts\":[" + "{\"zz\":true},".repeat(random.nextInt(500)) + "{}]}")
                    .getBytes(StandardCharsets.UTF_8);
            case GARBAGE_TEXT -> text(1 + random.nextInt(maxBody / 8)).getBytes(StandardCharsets.UTF_8);
            case FORM -> ("a=" + encode(text(20)) + "&b=1").getBytes(StandardCharsets.UTF_8);
            case BINARY -> random(1 + random.nextInt(maxBody - 1));
            case OVER_LIMIT -> random(maxBody + 1 + random.nextInt(8 * 1024));
        };
    }

    private String fill(OpenApiPaths.PathItem item, PathKind kind) {
        String path = item.template();
        for (String name : item.pathParameters()) {
            String value = switch (kind) {
                case VALID, UNKNOWN_PATH -> pick(validValues.get(name));
                // a well-formed identifier that names nothing; years stay valid, they are not names
                case UNKNOWN_VALUE -> name.equals("year") ? pick(validValues.get(name)) : "zz-none-" + random.nextInt(1000);
                case GARBAGE_VALUE -> text(1 + random.nextInt(40));
            };
            path = path.replace("{" + name + "}", encode(value));
        }
        if (item.getQuery().contains("size") && random.nextBoolean()) {
            // distinct valid queries, so that the first of the two sends finds no kept answer
            path += "?size=" + (1 + random.nextInt(100)) + "&page=" + (1 + random.nextInt(5));
        }
        return path;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, random.nextInt(TEXT.codePointCount(0, TEXT.length())))));
        }
        return text.toString();
    }

    private byte[] random(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
