package io.certstats.web;

import io.certstats.errors.Problem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one answer a generated read of {@link FuzzedRequestsTest} must get, computed from the request
 * alone by the rules the README and openapi.yaml state, in the order the API applies them: an
 * undeclared query parameter (400 unknown-parameter, naming each), a control character (400), a bad
 * {@code format} (400, naming format), no representation that Accept allows (406), no credentials
 * where the spec asks for them (401), then every bad value (400 bad-parameter, naming exactly the bad
 * parameters). A request that passes all of these is valid by the contract, and what it gets depends
 * on the data (200, or 404 for a name or year the data lacks): it must then get what the same values
 * get asked plainly once (no odd Accept, no request id, no repeats), which {@link #reference} builds.
 */
final class ReadContract {

    /** The answer expected: its status, problem type (null for a 200), errors[] names, and Content-Type. */
    record Expected(int status, String type, Set<String> names, String contentType) {

        static Expected problem(int status, String type, Set<String> names) {
            return new Expected(status, type, names, Problem.MEDIA_TYPE);
        }
    }

    /** Every read also takes these (README: "every GET also takes format and pretty"). */
    private static final Set<String> ALWAYS = Set.of("format", "pretty");
    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])");
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final Set<String> programs;
    private final Set<String> populations;

    /** @param programs and populations the slugs that exist, read from the API's lists */
    ReadContract(List<String> programs, List<String> populations) {
        this.programs = Set.copyOf(programs);
        this.populations = Set.copyOf(populations);
    }

    /**
     * The answer the request must get, or null when it is valid by the contract (or its path was sent
     * raw, so that which route answers is the router's normalisation): then the plain reference read
     * of {@link #reference} sets it.
     */
    Expected expect(OpenApiOperations.Operation operation, BadInputGenerator.Request request) {
        if (request.path().stream().anyMatch(p -> p.raw() || p.value().contains("/")
                || p.value().equals(".") || p.value().equals(".."))) {
            return null;
        }
        Set<String> declared = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        declared.addAll(operation.queryParameters());
        declared.addAll(ALWAYS);
        Set<String> unknown = new LinkedHashSet<>();
        request.query().stream().map(BadInputGenerator.Sent::name).filter(n -> !declared.contains(n)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            return Expected.problem(400, "/problems/unknown-parameter", unknown);
        }
        if (ENCODED_CONTROL.matcher(request.target()).find()) {
            return Expected.problem(400, "/problems/control-character", Set.of());
        }
        // an empty format= names no format: refused, unlike an empty value of another parameter
        String format = request.query().stream().filter(p -> p.name().equalsIgnoreCase("format")).findFirst()
                .map(BadInputGenerator.Sent::value).orElse(null);
        String type;
        if (format != null) {
            type = switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> operation.json() ? "application/json" : null;
                case "csv" -> operation.csv() ? "text/csv" : null;
                case "svg" -> operation.svg() ? "image/svg+xml" : null;
                case "csl-json" -> operation.citation() ? AcceptCases.CITATION : null;
                case "bibtex" -> operation.citation() ? "application/x-bibtex" : null;
                case "ris" -> operation.citation() ? "application/x-research-info-systems" : null;
                case "zip" -> operation.zip() ? AcceptCases.ZIP : null;
                default -> "bad";
            };
            if ("bad".equals(type)) {
                return Expected.problem(400, "/problems/bad-parameter", Set.of("format"));
            }
        } else if (request.accept() != null && AcceptCases.MALFORMED.contains(request.accept())
                && !(operation.svg() && request.accept().startsWith("image/*"))) {
            // an Accept that does not parse is refused while the request is routed, before anything else is read
            return Expected.problem(406, "/problems/not-acceptable", Set.of());
        } else {
            type = operation.citation() ? AcceptCases.citation(request.accept())
                    : operation.zip() ? AcceptCases.zip(request.accept())
                    : AcceptCases.representation(request.accept(), operation.json(), operation.csv(), operation.svg());
        }
        if (type == null) {
            // RESTEasy matches Accept against the resource's @Produces while it routes, before it reads
            // credentials or parameters: no representation Accept allows is a 406 first
            return Expected.problem(406, "/problems/not-acceptable", Set.of());
        }
        if (operation.secured()) {
            return Expected.problem(401, "/problems/unauthorized", Set.of());
        }
        Set<String> bad = badValues(operation.path(), request);
        if (bad.isEmpty() && operation.queryParameters().contains("asOf")) {
            pastTime(bad, request);
        }
        if (!bad.isEmpty()) {
            return Expected.problem(400, "/problems/bad-parameter", bad);
        }
        // valid: the status is the reference's; a well-formed Accept that allows neither JSON nor CSV (type
        // null) is refused only when the answer is written, so a 404 stays a 404 and a 200 becomes a 406
        return new Expected(0, null, Set.of(), type);
    }

    /** The request of the same values, asked plainly: each declared parameter once, as the server read it. */
    static String reference(OpenApiOperations.Operation operation, BadInputGenerator.Request request) {
        String path = request.target().contains("?") ? request.target().substring(0, request.target().indexOf('?'))
                : request.target();
        List<String> query = new ArrayList<>();
        for (String name : operation.queryParameters()) {
            String value = first(request, name);
            if (value != null) {
                query.add(name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                        .replace("+", "%20"));
            }
        }
        return query.isEmpty() ? path : path + "?" + String.join("&", query);
    }

    /** The names of the parameters whose values the operation refuses, by its rules in openapi.yaml and the README. */
    private Set<String> badValues(String template, BadInputGenerator.Request request) {
        Set<String> bad = new TreeSet<>();
        switch (template) {
            case "/api/v1/certifications" -> {
                enumeration(bad, request, "level", "FOUNDATIONAL", "ASSOCIATE", "PROFESSIONAL", "SPECIALTY");
                enumeration(bad, request, "status", "ACTIVE", "RETIRED");
                String activeOn = day(bad, request, "activeOn");
                // true or false in any case; true only with an activeOn (unknown is said of a day)
                String includeUnknown = first(request, "includeUnknown");
                if (includeUnknown != null) {
                    String flag = includeUnknown.strip().toLowerCase(Locale.ROOT);
                    if (!flag.equals("true") && !flag.equals("false") || flag.equals("true") && activeOn == null) {
                        bad.add("includeUnknown");
                    }
                }
                paging(bad, request);
            }
            case "/api/v1/programs", "/api/v1/populations", "/api/v1/audit" -> paging(bad, request);
            case "/api/v1/programs/{slug}/years" -> {
                range(bad, request);
                paging(bad, request);
            }
            case "/api/v1/programs/{slug}/years/{year}" -> {
                pathYear(bad, request);
                day(bad, request, "activeOn");
            }
            case "/api/v1/certifications/{slugOrExamCode}" -> day(bad, request, "activeOn");
            case "/api/v1/programs/{slug}/years/{year}/citation", "/api/v1/programs/{slug}/years/{year}/history" ->
                    pathYear(bad, request);
            case "/api/v1/programs/{slug}/years/{year}/cost" -> {
                pathYear(bad, request);
                prices(bad, request);
            }
            case "/api/v1/recertification" -> {
                integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
                prices(bad, request);
            }
            case "/api/v1/rarity/matrix" -> {
                range(bad, request);
                if (bad.isEmpty() && pastTime(bad, request)) { // which programs exist is read only once the parameters' form is valid
                    member(bad, request, "program", programs, "jp-all-certifications-engineers");
                }
            }
            case "/api/v1/rarity" -> rarity(bad, request);
            case "/api/v1/charts/counts" -> chart(bad, request);
            case "/api/v1/charts/rarity" -> {
                chart(bad, request);
                integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
                if (bad.isEmpty() && pastTime(bad, request)) { // the rarity matrix it draws refuses an unknown program
                    member(bad, request, "program", programs, "jp-all-certifications-engineers");
                }
            }
            case "/api/v1/charts/cost", "/api/v1/charts/recertification" -> {
                chart(bad, request);
                integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
            }
            case "/api/v1/badges/count" -> {
                integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
                if (bad.isEmpty() && pastTime(bad, request)) { // read as /api/v1/rarity reads it
                    member(bad, request, "program", programs, "jp-all-certifications-engineers");
                }
            }
            case "/api/v1/badges/rarity" -> rarity(bad, request);
            case "/api/v1/badges/cost" -> integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
            default -> {
                // no query value to refuse beyond format
            }
        }
        return bad;
    }

    /** Either the published figures (program, year, population) or the caller's own count and base, never both. */
    private void rarity(Set<String> bad, BadInputGenerator.Request request) {
        String count = first(request, "count");
        String base = first(request, "base");
        if (count == null && base == null) {
            integer(bad, request, "year", MIN_YEAR, MAX_YEAR);
            if (bad.isEmpty() && pastTime(bad, request)) { // which programs and bases exist is read only once the form is valid
                member(bad, request, "program", programs, "jp-all-certifications-engineers");
                member(bad, request, "population", populations, "jp-it-company-employees");
            }
            return;
        }
        for (String published : List.of("program", "year", "population")) {
            if (first(request, published) != null) {
                bad.add(published);
            }
        }
        Long c = count == null ? null : whole(count, 0);
        Long b = base == null ? null : whole(base, 1);
        if (c == null) {
            bad.add("count"); // missing or not a whole number from 0
        }
        if (b == null) {
            bad.add("base");
        }
        if (c != null && b != null && c > b) {
            bad.add("count");
        }
    }

    /** What every chart takes: lang ja or en (any case), width a whole number from 320 to 1600. */
    private static void chart(Set<String> bad, BadInputGenerator.Request request) {
        enumeration(bad, request, "lang", "JA", "EN");
        integer(bad, request, "width", 320, 1600);
    }

    /** An ISO-8601 day, or absent; the value sent (null when absent), bad or not. */
    private static String day(Set<String> bad, BadInputGenerator.Request request, String name) {
        String value = first(request, name);
        if (value != null && !isDate(value)) {
            bad.add(name);
        }
        return value;
    }

    private static void paging(Set<String> bad, BadInputGenerator.Request request) {
        integer(bad, request, "page", 1, Integer.MAX_VALUE);
        integer(bad, request, "size", 1, 100);
    }

    /** from and to, each a year, from not after to (a missing or bad one counts as 2000 and 2100). */
    private static void range(Set<String> bad, BadInputGenerator.Request request) {
        Integer from = integer(bad, request, "from", MIN_YEAR, MAX_YEAR);
        Integer to = integer(bad, request, "to", MIN_YEAR, MAX_YEAR);
        if ((from == null ? MIN_YEAR : from) > (to == null ? MAX_YEAR : to)) {
            bad.add("from");
        }
    }

    private static void pathYear(Set<String> bad, BadInputGenerator.Request request) {
        String year = request.path().stream().filter(p -> p.name().equals("year")).findFirst().orElseThrow().value();
        if (number(year, MIN_YEAR, MAX_YEAR) == null) {
            bad.add("year");
        }
    }

    /** currency JPY or USD; tax true or false, and true only with JPY. */
    private static void prices(Set<String> bad, BadInputGenerator.Request request) {
        String currency = first(request, "currency");
        boolean usd = currency != null && currency.strip().equalsIgnoreCase("USD");
        enumeration(bad, request, "currency", "JPY", "USD");
        String tax = first(request, "tax");
        if (tax != null) {
            String value = tax.strip().toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                bad.add("tax");
            } else if (value.equals("true") && usd) {
                bad.add("tax");
            }
        }
    }

    private static void member(Set<String> bad, BadInputGenerator.Request request, String name, Set<String> slugs,
                               String byDefault) {
        String value = first(request, name);
        if (!slugs.contains(value == null ? byDefault : value)) {
            bad.add(name);
        }
    }

    private static void enumeration(Set<String> bad, BadInputGenerator.Request request, String name, String... values) {
        String value = first(request, name);
        if (value != null && !List.of(values).contains(value.strip().toUpperCase(Locale.ROOT))) {
            bad.add(name);
        }
    }

    private static Integer integer(Set<String> bad, BadInputGenerator.Request request, String name, int min, int max) {
        String value = first(request, name);
        if (value == null) {
            return null;
        }
        Integer number = number(value, min, max);
        if (number == null) {
            bad.add(name);
        }
        return number;
    }

    /** A whole number in range, or null. */
    private static Integer number(String value, int min, int max) {
        Long number = whole(value, min);
        return number != null && number <= max ? number.intValue() : null;
    }

    /** A whole number from min, read as the API reads numbers (surrounding blanks ignored), or null. */
    private static Long whole(String value, long min) {
        try {
            long number = Long.parseLong(value.strip());
            return number >= min ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Whether asOf is absent, or a day (not after today, UTC) or a timestamp with its offset (not after now); if
     * not, it is bad. The vintage interceptor reads it once the operation's own parameters pass, and before the
     * read looks anything up in the data (an unknown program, say).
     */
    private static boolean pastTime(Set<String> bad, BadInputGenerator.Request request) {
        String value = first(request, "asOf");
        if (value == null) {
            return true;
        }
        String text = value.strip();
        boolean past;
        try {
            past = text.length() == 10 ? !LocalDate.parse(text).isAfter(LocalDate.now(java.time.ZoneOffset.UTC))
                    : !java.time.OffsetDateTime.parse(text).toInstant().isAfter(java.time.Instant.now());
        } catch (java.time.DateTimeException e) {
            past = false;
        }
        if (!past) {
            bad.add("asOf");
        }
        return past;
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value.strip());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The first value of a parameter, its name in any case (as the API reads names), or null when
     * absent; an empty first value ({@code size=}) counts as absent, as the README's cache key has it.
     */
    static String first(BadInputGenerator.Request request, String name) {
        return request.query().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst()
                .map(BadInputGenerator.Sent::value).filter(v -> !v.isEmpty()).orElse(null);
    }

    /** The Accept values BadInputGenerator sends, each with the representation it selects. */
    static final class AcceptCases {

        private AcceptCases() {
        }

        /** Accept values that are no list of media ranges at all (RFC 9110 §12.5.1): 406 before anything else. */
        static final Set<String> MALFORMED = Set.of("garbage", "a/b/c", "json", "image/*;q=abc", ";;;");

        /** How much each well-formed Accept makes a client want JSON and CSV (q-values; 0 is not at all). */
        static final Map<String, double[]> RANKS = Map.ofEntries(
                Map.entry("*/json", new double[] {1, 0, 0}), // a type wildcard with a subtype reads as JSON
                Map.entry("application/json;q=2", new double[] {1, 0, 0}), // a q over 1 reads as 1
                Map.entry("*/*", new double[] {1, 1, 1}),
                Map.entry("application/json", new double[] {1, 0, 0}),
                Map.entry("application/problem+json", new double[] {0, 0, 0}),
                Map.entry("application/xml", new double[] {0, 0, 0}),
                Map.entry("text/html", new double[] {0, 0, 0}),
                Map.entry("text/csv", new double[] {0, 1, 0}),
                Map.entry("application/*", new double[] {1, 0, 0}),
                // RESTEasy does not read q=0 as "not acceptable" and serves the range anyway; a known
                // deviation from RFC 9110 (docs/errors.md), modelled as it is so the fuzz stays exact
                Map.entry("application/json;q=0", new double[] {1, 0, 0}),
                Map.entry("text/plain, application/json;q=0.1", new double[] {0.1, 0, 0}),
                Map.entry("application/json; charset=utf-16", new double[] {1, 0, 0}),
                Map.entry("*/*;q=0", new double[] {1, 1, 1}),
                Map.entry("text/*", new double[] {0, 1, 0}),
                Map.entry("application/json, */*", new double[] {1, 1, 1}),
                Map.entry(",", new double[] {1, 1, 1}), // a list of nothing: no preference
                Map.entry("application/vnd.api+json", new double[] {0, 0, 0}),
                Map.entry("text/csv;q=1, application/json;q=0.5", new double[] {0.5, 1, 0}),
                // image/* stands for the one image type (formats/Accept); RESTEasy reads a malformed q-value
                // as no q-value, so where SVG is served this asks for it (elsewhere it is refused as malformed)
                Map.entry("image/*;q=abc", new double[] {0, 0, 1}));

        /** The citations' first representation, which an Accept with no citation type in it gets. */
        static final String CITATION = "application/vnd.citationstyles.csl+json";
        static final String ZIP = "application/zip";

        /**
         * How much an Accept makes a client want a citation or the data package, which no generated Accept names:
         * no Accept (or a list of nothing), a full wildcard (even at q=0, as RESTEasy reads it) or application/*
         * gets its first representation (CSL-JSON; the zip); any other Accept gets nothing.
         */
        static double wildcardRank(String accept) {
            if (accept == null || accept.isBlank() || accept.replaceAll("[\\s,]", "").isEmpty()
                    || accept.equals("application/*") || accept.matches("(application/json,\\s*)?\\*/\\*(;q=0)?")) {
                return 1;
            }
            java.util.regex.Matcher q = java.util.regex.Pattern.compile("\\*/\\*;q=([0-9.]+)").matcher(accept);
            return q.find() ? Double.parseDouble(q.group(1)) : 0;
        }

        /** The citation representation an Accept gets, or null (a 406). */
        static String citation(String accept) {
            return wildcardRank(accept) > 0 ? CITATION : null;
        }

        /** The data package's zip, if an Accept allows it (as for a citation, only a wildcard names it here), or null. */
        static String zip(String accept) {
            return wildcardRank(accept) > 0 ? ZIP : null;
        }

        /**
         * The representation Accept ranks highest among those served (on a tie the one the API offers first:
         * JSON, then CSV, then SVG), or null for none.
         */
        static String representation(String accept, boolean json, boolean csv, boolean svg) {
            double[] rank = accept == null ? new double[] {1, 1, 1}
                    : accept.startsWith("application/json;x=y;") ? new double[] {1, 0, 0} : RANKS.get(accept);
            if (rank == null) {
                return "unranked Accept " + accept;
            }
            String[] types = {"application/json", "text/csv", "image/svg+xml"};
            boolean[] served = {json, csv, svg};
            String best = null;
            double bestRank = 0;
            for (int i = 0; i < types.length; i++) {
                if (served[i] && rank[i] > bestRank) {
                    best = types[i];
                    bestRank = rank[i];
                }
            }
            return best;
        }
    }
}
