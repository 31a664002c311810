package io.certstats.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests for the fuzz test from a seeded {@link Random}: the same seed gives the same
 * requests, so a failure can be replayed. Each request is an operation of openapi.yaml with its
 * parameters filled with values of one {@link ValueKind} each, plus some request-level oddities.
 */
final class BadInputGenerator {

    /** Longest request target sent (path and query); the server refuses request lines over 4096 bytes. */
    static final int MAX_TARGET = 3900;

    enum ValueKind {
        VALID, RANDOM_TEXT, UNICODE, HUGE_NUMBER, NEGATIVE_OR_ZERO, PERCENT_ENCODING, SQL, PATH_TRAVERSAL, EMPTY, LONG
    }

    enum Oddity { REPEATED_PARAMETER, UNKNOWN_PARAMETER, LONG_QUERY, ODD_ACCEPT, ODD_REQUEST_ID }

    /**
     * The request as sent, and what went into it, so that its one expected answer can be computed:
     * each path and query value as the server decodes it (or, sent raw, as written), in order.
     */
    record Request(String target, String accept, String requestId, List<ValueKind> kinds, List<Oddity> oddities,
                   List<Sent> path, List<Sent> query) {
    }

    /** One parameter as sent: its name, its value (decoded), its kind, and whether it went in raw (not encoded). */
    record Sent(String name, String value, ValueKind kind, boolean raw) {
    }

    private static final List<String> HUGE = List.of("99999999999999999999", "2147483648", "9223372036854775808",
            "-9223372036854775809", "1e308", "1E400", "NaN", "Infinity", "0x7fffffff", "2024.0000001",
            "340282366920938463463374607431768211456", "1_000");
    private static final List<String> NEGATIVE_OR_ZERO = List.of("0", "-0", "-1", "+0", "-2147483648", "00", "-2024",
            "0.0", "-1e9", " 0", "0 ");
    private static final List<String> UNICODE = List.of("é", "日本語", "全冠", "😀", "\u202Eevil", "e\u0301",
            "\uFEFFslug", "ＳＡＡ－Ｃ０３", "Ω≈ç√", "\u0660\u0661", "İ", "ß", "\uD800", "a\u200Bb", "🇯🇵");
    /** Sent as they are, not encoded again: broken, double and overlong encodings. */
    private static final List<String> PERCENT = List.of("%2e%2e%2f", "%252e%252e%252f", "%25", "%2525", "%c0%ae",
            "%ff%fe", "%e2%80%ae", "%20", "%2F", "%5c", "a%2Fb", "%3B", "%23", "%3F", "%26");
    private static final List<String> SQL = List.of("' OR '1'='1", "1; DROP TABLE certification", "1' --",
            "\" OR \"\"=\"", "' UNION SELECT 1,2,3--", "1) OR (1=1", "'; SELECT pg_sleep(5)--", "%' OR 1=1 --",
            "$1", "?", "\\'", "ASSOCIATE' OR 'x'='x");
    private static final List<String> TRAVERSAL = List.of("../../etc/passwd", "..", ".", "....//....//",
            "..\\..\\windows", "%2e%2e/%2e%2e/", "..%2f..%2f", "/etc/passwd", "~root", ".%00.", "..;/", "//");
    private static final List<String> ODD_ACCEPT = List.of("*/*", "application/json", "application/problem+json",
            "application/xml", "text/html", "text/csv", "application/*", "*/json", "garbage", "application/json;q=0",
            "text/plain, application/json;q=0.1", ";;;", "application/json; charset=utf-16", "image/*;q=abc",
            "application/json;q=2", "*/*;q=0", "text/*", "application/json, */*", ",", "a/b/c", "json",
            "application/vnd.api+json", "text/csv;q=1, application/json;q=0.5");
    private static final List<String> ODD_REQUEST_IDS = List.of("abc-123", "", " ", "x".repeat(65), "a b",
            "<script>", "id\\u000d", "{\"a\":1}", "trace:01HV.abc_def-9", "%0d%0a");
    private static final String TEXT = "abcxyzABCXYZ0123456789-_.~!$&'()*+,;=:@/?#[]% \"<>\\^`{|}";

    private final Random random;
    private final Map<String, List<String>> validValues;

    /** @param validValues good values by parameter name, so that some requests get past validation */
    BadInputGenerator(long seed, Map<String, List<String>> validValues) {
        this.random = new Random(seed);
        this.validValues = validValues;
    }

    Request next(OpenApiOperations.Operation operation) {
        List<ValueKind> kinds = new ArrayList<>();
        List<Oddity> oddities = new ArrayList<>();
        List<Sent> inPath = new ArrayList<>();
        List<Sent> inQuery = new ArrayList<>();
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            ValueKind kind = pick(ValueKind.values());
            kinds.add(kind);
            String value = value(kind, name);
            // A path segment needs something in it, or another route answers; raw kinds go in as they are.
            String sent = value.isEmpty() ? "%20" : encodeUnlessRaw(kind, value);
            inPath.add(new Sent(name, value.isEmpty() ? " " : value, kind, !sent.equals(encode(value.isEmpty() ? " " : value))));
            path = path.replace("{" + name + "}", sent);
        }
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParameters()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            ValueKind kind = pick(ValueKind.values());
            kinds.add(kind);
            inQuery.addAll(add(query, name, kind, value(kind, name)));
            if (random.nextInt(8) == 0) {
                oddities.add(Oddity.REPEATED_PARAMETER);
                ValueKind again = pick(ValueKind.values());
                inQuery.addAll(add(query, name, again, value(again, name)));
            }
        }
        if (random.nextInt(8) == 0) {
            oddities.add(Oddity.UNKNOWN_PARAMETER);
            String name = value(ValueKind.RANDOM_TEXT, "") + "x";
            String value = value(pick(ValueKind.values()), "");
            add(query, encode(name), encode(value));
            inQuery.add(new Sent(name, value, ValueKind.RANDOM_TEXT, false));
        }
        if (random.nextInt(20) == 0) {
            oddities.add(Oddity.LONG_QUERY);
            String padding = "p".repeat(Math.max(0, MAX_TARGET - path.length() - query.length() - 20));
            add(query, "padding", padding);
            inQuery.add(new Sent("padding", padding, ValueKind.LONG, false));
        }
        String target = query.isEmpty() ? path : path + "?" + query;
        if (target.length() > MAX_TARGET) {
            // the query is dropped: what is asked is the path alone
            inQuery.clear();
            if (path.length() > MAX_TARGET) {
                target = cut(path);
                // the path's last value is cut short: mark it raw, as what the server reads is no longer what was chosen
                inPath.replaceAll(p -> new Sent(p.name(), p.value(), p.kind(), true));
            } else {
                target = path;
            }
        }
        String accept = null;
        if (random.nextInt(4) == 0) {
            oddities.add(Oddity.ODD_ACCEPT);
            accept = random.nextInt(20) == 0 ? "application/json;" + "x=y;".repeat(200) : pick(ODD_ACCEPT);
        }
        String requestId = null;
        if (random.nextInt(10) == 0) {
            oddities.add(Oddity.ODD_REQUEST_ID);
            requestId = pick(ODD_REQUEST_IDS);
        }
        return new Request(target, accept, requestId, kinds, oddities, inPath, inQuery);
    }

    private String value(ValueKind kind, String name) {
        return switch (kind) {
            case VALID -> validValues.containsKey(name) ? pick(validValues.get(name)) : "1";
            case RANDOM_TEXT -> randomText(1 + random.nextInt(30));
            case UNICODE -> pick(UNICODE) + (random.nextBoolean() ? randomText(3) : "");
            case HUGE_NUMBER -> random.nextBoolean() ? pick(HUGE) : Long.toString(random.nextLong());
            case NEGATIVE_OR_ZERO -> pick(NEGATIVE_OR_ZERO);
            case PERCENT_ENCODING -> pick(PERCENT);
            case SQL -> pick(SQL);
            case PATH_TRAVERSAL -> pick(TRAVERSAL);
            case EMPTY -> "";
            case LONG -> randomText(500 + random.nextInt(2500));
        };
    }

    private String encodeUnlessRaw(ValueKind kind, String value) {
        boolean raw = kind == ValueKind.PERCENT_ENCODING
                || (kind == ValueKind.PATH_TRAVERSAL && value.chars().allMatch(c -> c < 128 && c != '\\') && random.nextBoolean());
        return raw ? value : encode(value);
    }

    private static String encode(String value) {
        // Lone surrogates cannot be encoded as UTF-8; the encoder writes '?' for them, which is fine here.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The first MAX_TARGET characters, without a percent-escape cut in half. */
    private static String cut(String target) {
        String cut = target.substring(0, MAX_TARGET);
        int percent = cut.lastIndexOf('%');
        return percent >= MAX_TARGET - 2 ? cut.substring(0, percent) : cut;
    }

    /**
     * Adds a declared parameter, raw or encoded as its kind says, and says what the server reads: a
     * raw ';' separates parameters as '&' does (the HTTP server's query decoder, like HTML 4's
     * recommendation for servers), so {@code from=..;/} reads as from=.. and a parameter named "/".
     */
    private List<Sent> add(StringBuilder query, String name, ValueKind kind, String value) {
        String sent = encodeUnlessRaw(kind, value);
        add(query, name, sent);
        if (sent.equals(encode(value))) {
            return List.of(new Sent(name, value, kind, false));
        }
        List<Sent> read = new ArrayList<>();
        String[] parts = (name + "=" + sent).split(";", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            int equals = part.indexOf('=');
            String partName = equals < 0 ? part : part.substring(0, equals);
            String partValue = equals < 0 ? "" : part.substring(equals + 1);
            read.add(new Sent(decode(partName), decode(partValue), kind, true));
        }
        return read;
    }

    private static String decode(String sent) {
        return java.net.URLDecoder.decode(sent.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void add(StringBuilder query, String name, String value) {
        query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(TEXT.charAt(random.nextInt(TEXT.length())));
        }
        return text.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
