package io.certstats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.client.ApiClient;
import io.certstats.client.ApiException;
import io.certstats.chart.Svg;
import io.certstats.client.api.BadgesApi;
import io.certstats.client.api.CitationsApi;
import io.certstats.client.api.CertificationsApi;
import io.certstats.client.api.ChartsApi;
import io.certstats.client.api.CostsApi;
import io.certstats.client.api.CurationApi;
import io.certstats.client.api.DataPackageApi;
import io.certstats.client.api.JourneysApi;
import io.certstats.client.api.RecertificationApi;
import io.certstats.client.api.IndexApi;
import io.certstats.client.api.PopulationsApi;
import io.certstats.client.api.ProblemsApi;
import io.certstats.client.api.ProgramsApi;
import io.certstats.client.api.RarityApi;
import io.certstats.client.model.ApiIndex;
import io.certstats.client.model.ProgramYearHistory;
import io.certstats.client.model.ProgramYearVersion;
import io.certstats.client.model.Badge;
import io.certstats.client.model.AuditPage;
import io.certstats.client.model.Certification;
import io.certstats.client.model.CertificationPage;
import io.certstats.client.model.CertificationUpdate;
import io.certstats.client.model.ExamCode;
import io.certstats.client.model.JourneyAttempt;
import io.certstats.client.model.JourneyEvaluation;
import io.certstats.client.model.JourneyRequest;
import io.certstats.client.model.Level;
import io.certstats.client.model.Link;
import io.certstats.client.model.Population;
import io.certstats.client.model.PopulationPage;
import io.certstats.client.model.PopulationUpdate;
import io.certstats.client.model.Problem;
import io.certstats.client.model.ProblemType;
import io.certstats.client.model.Program;
import io.certstats.client.model.ProgramPage;
import io.certstats.client.model.ProgramYear;
import io.certstats.client.model.ProgramYearDetail;
import io.certstats.client.model.ProgramYearPage;
import io.certstats.client.model.ProgramYearUpdate;
import io.certstats.client.model.ProgramYearCost;
import io.certstats.client.model.Rarity;
import io.certstats.client.model.Recertification;
import io.certstats.client.model.RarityCell;
import io.certstats.client.model.RarityMatrix;
import io.certstats.client.model.RequiredCertification;
import io.certstats.client.model.Status;
import io.certstats.curation.Tokens;
import io.certstats.datapackage.Zips;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app, called through the Java client that openapi-generator makes from the committed
 * openapi.yaml during the build (target/generated-test-sources/openapi-client), as an integrator
 * would. Each test method is named for the operationId it calls, and
 * {@link #everyOperationOfTheSpecHasATestHere()} fails while an operation of the spec has none:
 * covering a new operation is one method here. Expected values come from the data files, or from the
 * API's JSON read without the generated client ({@link #served}), never from what the client itself parsed.
 * Every typed answer also goes through {@link #asServed}: the same request is sent again without the
 * client and the typed model, written back as JSON, must be that answer property for property, so a
 * property missing from openapi.yaml, a wrong name or a wrong type fails here even where no other
 * assertion looks at it.
 *
 * <p>With {@code -Dcertstats.it.via=http://host:port} every call goes through that address instead,
 * a validating proxy in front of the packaged app (.ci/run puts Prism there).
 */
@QuarkusIntegrationTest
class GeneratedClientIT {

    private static final String JAPAN = "jp-all-certifications-engineers";
    private static final String EMPLOYEES = "jp-it-company-employees";

    /** Where Quarkus started the packaged app (a free port). */
    @TestHTTPResource("/")
    URL app;

    /**
     * HTTP/1.1, as most clients speak it: Java's default first offers an upgrade to h2c, which Prism
     * passes on to the app and then waits on for ever. A bounded wait turns any such stall into a failure.
     */
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = http().build();
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static HttpClient.Builder http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT);
    }
    private ApiClient client;
    /** The last request a generated client sent, exactly as sent (method, URI, headers, body). */
    private HttpRequest lastRequest;

    @BeforeEach
    void connectToThePackagedApp() {
        client = client();
    }

    private ApiClient client() {
        return client(baseUri());
    }

    /**
     * For a call outside the contract on purpose (a parameter beyond its bounds, no token where the
     * spec requires one): straight to the app, as invalidRequest() does for the REST Assured tests,
     * since a validating proxy would answer it itself.
     */
    private ApiClient direct() {
        return client(app.toString().replaceAll("/$", ""));
    }

    private ApiClient client(String baseUri) {
        ApiClient api = new ApiClient();
        api.setHttpClientBuilder(http());
        api.setReadTimeout(WAIT);
        api.updateBaseUri(baseUri);
        api.setRequestInterceptor(this::record);
        return api;
    }

    private void record(HttpRequest.Builder request) {
        lastRequest = request.copy().build();
    }

    /** The packaged app, or the proxy in front of it that -Dcertstats.it.via names. */
    private String baseUri() {
        String via = System.getProperty("certstats.it.via", "");
        return (via.isBlank() ? app.toString() : via).replaceAll("/$", "");
    }

    /** The answer to a GET as plain JSON, read without the generated client. */
    private JsonNode served(String path) {
        return served(path, null);
    }

    private JsonNode served(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri() + path)).timeout(WAIT)
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> answer = send(request.build());
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return tree(answer.body());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    /**
     * The typed result of the client's last call, once checked against the API's own answer: the
     * same request (a read, or the stateless journey POST) is sent again as it was sent, without
     * the generated client, and must answer the same JSON as the typed model written back.
     */
    private <T> T asServed(T typed) {
        HttpRequest again = lastRequest;
        assertTrue(Set.of("GET", "POST").contains(again.method()), "only a read or the journey is sent twice");
        HttpResponse<String> answer = send(again);
        assertEquals(200, answer.statusCode(), again.uri() + ": " + answer.body());
        return sameAs(tree(answer.body()), typed, again.method() + " " + again.uri());
    }

    /** The typed model, once checked to say exactly what this JSON says. */
    private <T> T sameAs(JsonNode served, T typed, String what) {
        List<String> differences = new java.util.ArrayList<>();
        JsonTrees.compare("$", served, client.getObjectMapper().valueToTree(typed), differences);
        assertEquals(List.of(), differences, what + ": the generated client's model differs from the JSON served");
        return typed;
    }

    @Test
    void everyOperationOfTheSpecHasATestHere() {
        OpenAPI spec = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString());
        Set<String> operationIds = spec.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .map(io.swagger.v3.oas.models.Operation::getOperationId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> tested = Arrays.stream(getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).map(java.lang.reflect.Method::getName)
                .collect(Collectors.toSet());
        operationIds.removeAll(tested);
        assertTrue(operationIds.isEmpty(), "operations of openapi.yaml with no test method of the same name in "
                + getClass().getSimpleName() + ": " + operationIds);
    }

    @Test
    void getApiIndex() throws ApiException {
        ApiIndex index = asServed(new IndexApi(client).getApiIndex(null));
        // Every collection path of the spec is listed, by its path.
        OpenAPI spec = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString());
        Set<String> hrefs = index.getResources().stream().map(Link::getHref).collect(Collectors.toSet());
        assertTrue(hrefs.containsAll(List.of("/api/v1/certifications", "/api/v1/programs", "/api/v1/populations",
                "/api/v1/rarity")), hrefs.toString());
        assertTrue(spec.getPaths().keySet().containsAll(hrefs), "every listed href is a path of openapi.yaml: " + hrefs);
    }

    @Test
    void getProblemType() throws ApiException {
        ProblemType type = new ProblemsApi(client).getProblemType("bad-parameter");
        assertEquals("/problems/bad-parameter", type.getType());
        assertEquals(400, type.getStatus());
        assertEquals("/problems/not-found", problem(404, () -> new ProblemsApi(client).getProblemType("nope")).getType());
    }

    @Test
    void listCertifications() throws ApiException {
        List<SeedFile.Row> rows = DataFiles.rows("certifications.csv");
        CertificationPage all = asServed(new CertificationsApi(client).listCertifications(null, null, null, 1, 100, null, null, null));
        assertEquals(rows.size(), all.getTotal());
        assertEquals(rows.stream().map(r -> r.required("slug")).sorted().toList(),
                all.getItems().stream().map(Certification::getSlug).sorted().toList());

        long professionalAndRetired = rows.stream()
                .filter(r -> r.required("level").equalsIgnoreCase("professional"))
                .filter(r -> !r.required("status").startsWith("active")).count();
        CertificationPage filtered = asServed(new CertificationsApi(client)
                .listCertifications(null, null, Level.PROFESSIONAL, null, null, Status.RETIRED, null, null));
        assertEquals(professionalAndRetired, filtered.getTotal());
        assertEquals(professionalAndRetired, filtered.getItems().size());
        filtered.getItems().forEach(c -> {
            assertEquals(Level.PROFESSIONAL, c.getLevel());
            assertEquals(Status.RETIRED, c.getStatus());
        });

        Problem problem = problem(400, () -> new CertificationsApi(direct()).listCertifications(null, null, null, 1, 1000, null, null, null));
        assertEquals("/problems/bad-parameter", problem.getType());
        assertEquals("size", problem.getErrors().get(0).getParameter());

        // On a day, only the known-available ones, and how many are unknown; with includeUnknown, those too.
        java.time.LocalDate day = java.time.LocalDate.parse("2024-04-08");
        CertificationPage known = asServed(new CertificationsApi(client)
                .listCertifications(day, null, null, 1, 100, null, null, null));
        CertificationPage withUnknown = asServed(new CertificationsApi(client)
                .listCertifications(day, true, null, 1, 100, null, null, null));
        assertEquals(known.getTotal() + known.getUnknownCount(), withUnknown.getTotal());
    }

    @Test
    void getCertification() throws ApiException {
        SeedFile.Row row = DataFiles.row("certifications.csv", "id", "SAA");
        List<String> codes = List.of(row.required("exam_codes").split("\\|"));

        Certification bySlug = asServed(new CertificationsApi(client).getCertification(row.required("slug"), null, null, null));
        assertEquals(row.required("slug"), bySlug.getSlug());
        assertEquals(row.required("name_en"), bySlug.getName());
        assertEquals(Level.valueOf(row.required("level").toUpperCase(Locale.ROOT)), bySlug.getLevel());
        assertEquals(row.integer("fee_usd"), bySlug.getFeeUsd());
        assertEquals(codes, bySlug.getExamCodes().stream().map(ExamCode::getCode).toList());
        assertEquals(codes.get(codes.size() - 1), bySlug.getExamCode());

        String pastCode = codes.get(0).toLowerCase(Locale.ROOT);
        Certification byExamCode = new CertificationsApi(client).getCertification(pastCode, null, null, null);
        assertEquals(row.required("slug"), byExamCode.getSlug());
        assertEquals(codes, byExamCode.getExamCodes().stream().map(ExamCode::getCode).toList());

        // On a day: its availability and each exam code's, typed, by the rule run here on the data files.
        io.certstats.certification.Certification model = DataFileModels.certificationsByCode().get("SAA");
        for (java.time.LocalDate day : DataFileModels.daysAround(model)) {
            Certification onDay = asServed(new CertificationsApi(client).getCertification(row.required("slug"), day, null, null));
            assertEquals(io.certstats.certification.Availability.on(model, day).name(), onDay.getAvailability().getValue());
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(io.certstats.certification.Availability.on(model.examVersions.get(i), model, day).name(),
                        onDay.getExamCodes().get(i).getAvailability().getValue(), codes.get(i) + " on " + day);
            }
        }

        Problem problem = problem(404, () -> new CertificationsApi(client).getCertification("XYZ-C01", null, null, null));
        assertEquals("/problems/not-found", problem.getType());
        assertEquals("/api/v1/certifications/XYZ-C01", problem.getInstance());
    }

    @Test
    void listPrograms() throws ApiException {
        ProgramPage programs = asServed(new ProgramsApi(client).listPrograms(null, null, null, null));
        assertEquals(DataFiles.rows("programs.csv").stream().map(r -> r.required("slug")).sorted().toList(),
                programs.getItems().stream().map(Program::getSlug).sorted().toList());
    }

    @Test
    void getProgram() throws ApiException {
        Program program = asServed(new ProgramsApi(client).getProgram(JAPAN, null, null));
        assertEquals(DataFiles.row("programs.csv", "slug", JAPAN).required("name"), program.getName());
        assertEquals(japanYears(), program.getYears());
        assertEquals(latestPublished().integer("year"), program.getLatestPublishedYear());

        Problem problem = problem(404, () -> new ProgramsApi(client).getProgram("nope", null, null));
        assertEquals("/problems/not-found", problem.getType());
        assertEquals("/api/v1/programs/nope", problem.getInstance());
    }

    @Test
    void listProgramYears() throws ApiException {
        ProgramYearPage years = asServed(new ProgramsApi(client).listProgramYears(JAPAN, null, null, null, null, null, null));
        assertEquals(japanYears(), years.getItems().stream().map(ProgramYear::getYear).toList());
        for (ProgramYear year : years.getItems()) {
            SeedFile.Row row = DataFiles.row("all-certifications-engineers.csv", "year", year.getYear().toString());
            assertEquals(row.integer("count"), year.getCount(), "count of " + year.getYear());
            assertEquals(row.required("program"), year.getName());
        }

        Problem problem = problem(400, () -> new ProgramsApi(client).listProgramYears(JAPAN, 2025, null, null, 2024, null, null));
        assertEquals("/problems/bad-parameter", problem.getType());
        assertEquals("from", problem.getErrors().get(0).getParameter());
    }

    @Test
    void getProgramYear() throws ApiException {
        SeedFile.Row row = latestPublished();
        ProgramYearDetail year = asServed(new ProgramsApi(client).getProgramYear(JAPAN, row.integer("year"), null, null, null));
        assertEquals(JAPAN, year.getProgram());
        assertEquals(row.integer("count"), year.getCount());

        // The latest year the criteria file lists for this program: its criteria come back typed.
        Set<String> names = Set.of(DataFiles.row("programs.csv", "slug", JAPAN).required("names").split("\\s\\|\\s"));
        List<SeedFile.Row> criteriaRows = DataFiles.rows("program-criteria.csv", r -> names.contains(r.required("program")));
        int criteriaYear = criteriaRows.stream().mapToInt(r -> r.integer("year")).max().orElseThrow();
        List<String> expected = criteriaRows.stream().filter(r -> r.integer("year") == criteriaYear)
                .map(r -> r.required("certification_id")).sorted().toList();
        List<RequiredCertification> criteria = asServed(new ProgramsApi(client).getProgramYear(JAPAN, criteriaYear, null, null, null))
                .getCriteria();
        assertEquals(expected, criteria.stream().map(RequiredCertification::getCode).sorted().toList());

        // Judged on a day: each required certification's availability, and the counts, typed.
        java.time.LocalDate day = java.time.LocalDate.of(criteriaYear, 6, 30);
        var judged = asServed(new ProgramsApi(client).getProgramYear(JAPAN, criteriaYear, day, null, null)).getAvailability();
        assertEquals(day, judged.getDay());
        assertEquals("ACTIVE_ON", judged.getDayOf().getValue());
        assertEquals(expected.size(), judged.getRequired());
        java.util.Map<String, io.certstats.certification.Certification> models = DataFileModels.certificationsByCode();
        assertEquals(expected.stream().map(code -> io.certstats.certification.Availability.on(models.get(code), day).name())
                        .toList(),
                judged.getCriteria().stream().map(c -> c.getAvailability().getValue()).toList());
        assertEquals(expected.size(), judged.getAvailable() + judged.getUnknown() + judged.getUnavailable());

        int before = japanYears().get(0) - 1;
        Problem problem = problem(404, () -> new ProgramsApi(client).getProgramYear(JAPAN, before, null, null, null));
        assertEquals("/problems/not-found", problem.getType());
    }

    @Test
    void getProgramYearHistory() throws ApiException {
        SeedFile.Row row = latestPublished();
        ProgramYearHistory history = asServed(new ProgramsApi(client).getProgramYearHistory(JAPAN, row.integer("year"),
                null, null));
        assertEquals(JAPAN, history.getProgram());
        ProgramYearVersion current = history.getVersions().get(history.getVersions().size() - 1);
        assertEquals(row.integer("count"), current.getCount());
        assertEquals(null, current.getUntil());
        // as of the time it came into force, the same version, and the year as then
        ProgramYearHistory then = asServed(new ProgramsApi(client).getProgramYearHistory(JAPAN, row.integer("year"),
                current.getFrom().toString(), null));
        assertEquals(current, then.getVersions().get(then.getVersions().size() - 1));

        Problem problem = problem(404, () -> new ProgramsApi(client).getProgramYearHistory(JAPAN, row.integer("year"),
                "2000-01-01", null));
        assertEquals("/problems/no-vintage", problem.getType());
    }

    @Test
    void listPopulations() throws ApiException {
        PopulationPage page = asServed(new PopulationsApi(client).listPopulations(null, null, null, null));
        List<SeedFile.Row> rows = DataFiles.rows("population-bases.csv");
        assertEquals(rows.size(), page.getTotal());
        assertEquals(rows.stream().map(r -> r.required("key").replace('_', '-')).sorted().toList(),
                page.getItems().stream().map(Population::getSlug).sorted().toList());
    }

    @Test
    void getPopulation() throws ApiException {
        SeedFile.Row row = DataFiles.row("population-bases.csv", "key", EMPLOYEES.replace('-', '_'));
        Population population = asServed(new PopulationsApi(client).getPopulation(EMPLOYEES, null, null));
        assertEquals(Long.valueOf(row.required("value")), population.getValue());
        assertEquals(row.required("unit"), population.getUnit());

        assertEquals("/problems/not-found",
                problem(404, () -> new PopulationsApi(client).getPopulation("jp_it_companies", null, null)).getType());
    }

    @Test
    void getRarity() throws ApiException {
        SeedFile.Row year = DataFiles.row("all-certifications-engineers.csv", "year", "2024");
        SeedFile.Row base = DataFiles.row("population-bases.csv", "key", EMPLOYEES.replace('-', '_'));
        BigDecimal count = new BigDecimal(year.required("count"));
        BigDecimal value = new BigDecimal(base.required("value"));

        Rarity rarity = asServed(new RarityApi(client).getRarity(null, null, EMPLOYEES, JAPAN, 2024, null, null));
        assertEquals(2024, rarity.getYear());
        assertEquals(count.longValue(), rarity.getCount());
        assertEquals(value.longValue(), rarity.getBase().getValue());
        assertAbout(count.divide(value, MathContext.DECIMAL64), rarity.getRatio());
        assertAbout(count.multiply(BigDecimal.valueOf(100)).divide(value, MathContext.DECIMAL64), rarity.getPercent());
        assertAbout(value.divide(count, MathContext.DECIMAL64), rarity.getOneIn());
        JsonNode yearSource = served("/api/v1/programs/" + JAPAN + "/years/2024").path("source");
        assertEquals(yearSource.path("links").findValuesAsText("url"),
                rarity.getCountSource().getLinks().stream().map(l -> l.getUrl().toString()).toList());
        assertEquals(yearSource.path("notes").asText(null), rarity.getCountSource().getNotes());

        Rarity own = asServed(new RarityApi(client).getRarity(10L, 1L, null, null, null, null, null));
        assertEquals(1L, own.getCount());
        assertEquals(10L, own.getBase().getValue());
        assertAbout(new BigDecimal("0.1"), own.getRatio());
        assertAbout(BigDecimal.TEN, own.getOneIn());
        assertNull(own.getProgram());
        assertNull(own.getCountSource());

        int noCount = DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") == null).get(0)
                .integer("year");
        Problem problem = problem(404, () -> new RarityApi(client).getRarity(null, null, null, JAPAN, noCount, null, null));
        assertEquals("/problems/no-count", problem.getType());
        Problem countOverBase = problem(400, () -> new RarityApi(client).getRarity(10L, 11L, null, null, null, null, null));
        assertEquals("/problems/bad-parameter", countOverBase.getType());
        assertEquals(Set.of("count"), parameters(countOverBase));
    }

    @Test
    void getRarityMatrix() throws ApiException {
        List<SeedFile.Row> published = DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null);
        List<SeedFile.Row> bases = DataFiles.rows("population-bases.csv");
        RarityMatrix matrix = asServed(new RarityApi(client).getRarityMatrix(null, null, null, null, null));
        assertEquals(JAPAN, matrix.getProgram());
        assertEquals(published.size() * bases.size(), matrix.getCells().size());
        SeedFile.Row year = published.get(0);
        SeedFile.Row base = bases.get(0);
        RarityCell cell = matrix.getCells().stream()
                .filter(c -> c.getYear().equals(year.integer("year"))
                        && c.getPopulation().equals(base.required("key").replace('_', '-')))
                .findFirst().orElseThrow();
        assertAbout(new BigDecimal(year.required("count")).divide(new BigDecimal(base.required("value")),
                MathContext.DECIMAL64), cell.getRatio());
        Problem fromAfterTo = problem(400, () -> new RarityApi(client).getRarityMatrix(2030, null, 2020, null, null));
        assertEquals("/problems/bad-parameter", fromAfterTo.getType());
        assertEquals(Set.of("from"), parameters(fromAfterTo));
    }

    @Test
    void getProgramYearCost() throws ApiException {
        int year = CostFacts.latestCriteriaYear();
        List<String> set = CostFacts.criteria(year);
        java.time.LocalDate pricesOn = java.time.LocalDate.of(year, 1, 1);
        ProgramYearCost cost = asServed(new CostsApi(client).getProgramYearCost(JAPAN, year, "JPY", false, null, null));
        assertEquals(pricesOn, cost.getPricesOn());
        assertEquals(set.size(), cost.getListPrice().getTotals().getExams());
        assertEquals(0, CostFacts.listTotal(set, "JPY", pricesOn).compareTo(cost.getListPrice().getTotals().getTotal()));
        assertEquals(0, CostFacts.voucherTotal(set, "JPY", pricesOn)
                .compareTo(cost.getWithVouchers().getTotals().getTotal()));
        Problem taxInUsd = problem(400, () -> new CostsApi(client).getProgramYearCost(JAPAN, year, "USD", true, null, null));
        assertEquals("/problems/bad-parameter", taxInUsd.getType());
        assertEquals(Set.of("tax"), parameters(taxInUsd));
    }

    @Test
    void getRecertificationPlan() throws ApiException {
        int year = CostFacts.latestCriteriaYear();
        List<String> expected = CostFacts.renewalExams(CostFacts.criteria(year));
        Recertification plan = asServed(new RecertificationApi(client).getRecertificationPlan("JPY", JAPAN, false, year, null, null));
        assertEquals(new TreeSet<>(expected), new TreeSet<>(plan.getRenewalExams()));
        assertEquals(CostFacts.validityYears(), plan.getCycleYears());
        assertEquals("/problems/not-found",
                problem(404, () -> new RecertificationApi(client).getRecertificationPlan(null, "nope", null, null, null, null))
                        .getType());
    }

    /** A chart as the generated client hands it over (a file: the spec calls it binary), parsed as SVG. */
    private static Svg svg(java.io.File chart) {
        try {
            return Svg.parse(java.nio.file.Files.readString(chart.toPath()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void getCountsChart() throws ApiException {
        Svg chart = svg(new ChartsApi(client).getCountsChart("ja", JAPAN, 480, null, null, null));
        assertEquals("ja", chart.root().getAttribute("lang"));
        assertEquals("480", chart.root().getAttribute("width"));
        JsonNode years = served("/api/v1/programs/" + JAPAN + "/years?size=100").path("items");
        assertEquals(years.size(), chart.with("data-year").size());
        for (JsonNode year : years) {
            if (!year.path("count").isNull()) {
                assertEquals(year.path("count").asText(), chart.where("data-year", year.path("year").asText())
                        .getAttribute("data-count"));
            }
        }
        assertEquals("en", svg(new ChartsApi(client).getCountsChart(null, null, null, "en-US", null, null))
                .root().getAttribute("lang"));
        Problem narrow = problem(400, () -> new ChartsApi(direct()).getCountsChart(null, null, 100, null, null, null));
        assertEquals(Set.of("width"), parameters(narrow));
    }

    @Test
    void getRarityChart() throws ApiException {
        Svg chart = svg(new ChartsApi(client).getRarityChart("en", JAPAN, null, 2024, null, null, null));
        for (JsonNode cell : served("/api/v1/rarity/matrix?from=2024&to=2024").path("cells")) {
            assertEquals(0, new BigDecimal(cell.path("oneIn").asText()).compareTo(new BigDecimal(
                    chart.where("data-population", cell.path("population").asText()).getAttribute("data-one-in"))));
        }
    }

    @Test
    void getCostChart() throws ApiException {
        int year = CostFacts.latestCriteriaYear();
        Svg chart = svg(new ChartsApi(client).getCostChart(null, JAPAN, null, year, null, null, null));
        java.time.LocalDate pricesOn = java.time.LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        assertEquals(0, CostFacts.listTotal(set, "JPY", pricesOn)
                .compareTo(new BigDecimal(chart.where("data-plan", "list").getAttribute("data-total"))));
        assertEquals(0, CostFacts.voucherTotal(set, "JPY", pricesOn)
                .compareTo(new BigDecimal(chart.where("data-plan", "vouchers").getAttribute("data-total"))));
    }

    @Test
    void getRecertificationChart() throws ApiException {
        int year = CostFacts.latestCriteriaYear();
        Svg chart = svg(new ChartsApi(client).getRecertificationChart(null, JAPAN, null, year, null, null, null));
        Set<String> renewing = chart.with("data-renewal-exam").stream()
                .filter(e -> e.getAttribute("data-renewal-exam").equals("true"))
                .map(e -> e.getAttribute("data-certification")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CostFacts.renewalExams(CostFacts.criteria(year))), renewing);
    }

    /**
     * Straight to the app, not through the validating proxy: Prism cannot check a binary answer against
     * the spec (it refused the zip), and the package's content is checked by DataPackageIT and .ci/run's
     * Frictionless validator.
     */
    @Test
    void getDataPackage() throws ApiException, IOException {
        java.io.File zip = new DataPackageApi(direct()).getDataPackage(null, null);
        java.util.Map<String, byte[]> files = Zips.unzip(java.nio.file.Files.readAllBytes(zip.toPath()));
        JsonNode descriptor = tree(new String(files.get("datapackage.json"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("certstats", descriptor.path("name").asText());
        for (JsonNode resource : descriptor.path("resources")) {
            assertNotNull(files.get(resource.path("path").asText()), resource.path("path").asText());
        }
        HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(app.toString().replaceAll("/$", "")
                + "/api/v1/certifications?size=100")).header("Accept", "text/csv").timeout(WAIT).build());
        assertEquals(csv.body(), new String(files.get("data/certifications.csv"), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void getDatasetCitation() throws ApiException {
        List<io.certstats.client.model.CslItem> items = asServed(new CitationsApi(client).getDatasetCitation(null, null));
        assertEquals(1, items.size());
        assertEquals("dataset", items.get(0).getType());
        assertEquals("certstats", items.get(0).getPublisher());
    }

    @Test
    void getProgramYearCitation() throws ApiException {
        JsonNode year = served("/api/v1/programs/" + JAPAN + "/years/2024");
        List<io.certstats.client.model.CslItem> items = asServed(new ProgramsApi(client).getProgramYearCitation(JAPAN,
                2024, null, null));
        assertEquals(year.path("name").asText() + " 2024", items.get(0).getTitle());
        assertTrue(items.get(0).getURL().matches(".*/api/v1/programs/" + JAPAN + "/years/2024\\?asOf=[0-9T:-]+Z"),
                items.get(0).getURL()); // certstats' copy at the vintage cited
        assertEquals(year.path("source").path("links").path(0).path("url").asText(), items.get(1).getURL());
        assertEquals("/problems/not-found",
                problem(404, () -> new ProgramsApi(client).getProgramYearCitation(JAPAN, 2019, null, null)).getType());
    }

    @Test
    void getPopulationCitation() throws ApiException {
        JsonNode population = served("/api/v1/populations/" + EMPLOYEES);
        List<io.certstats.client.model.CslItem> items = asServed(new PopulationsApi(client)
                .getPopulationCitation(EMPLOYEES, null, null));
        assertEquals(population.path("description").asText(), items.get(0).getTitle());
        assertEquals("/problems/not-found",
                problem(404, () -> new PopulationsApi(client).getPopulationCitation("nope", null, null)).getType());
    }

    @Test
    void getCertificationCitation() throws ApiException {
        JsonNode certification = served("/api/v1/certifications/SAA-C03");
        List<io.certstats.client.model.CslItem> items = asServed(new CertificationsApi(client)
                .getCertificationCitation("SAA-C03", null, null));
        assertEquals(certification.path("name").asText(), items.get(0).getTitle());
        assertTrue(items.get(0).getURL().matches(".*/api/v1/certifications/" + certification.path("slug").asText()
                + "\\?asOf=[0-9T:-]+Z"), items.get(0).getURL());
        assertEquals("/problems/not-found",
                problem(404, () -> new CertificationsApi(client).getCertificationCitation("XYZ-C01", null, null)).getType());
    }

    @Test
    void getCountBadge() throws ApiException {
        Badge badge = asServed(new BadgesApi(client).getCountBadge(JAPAN, 2024, null, null));
        assertEquals(1, badge.getSchemaVersion());
        SeedFile.Row year = DataFiles.row("all-certifications-engineers.csv", "year", "2024");
        assertEquals(java.text.NumberFormat.getIntegerInstance(Locale.US).format(year.integer("count")),
                badge.getMessage());
    }

    @Test
    void getRarityBadge() throws ApiException {
        Badge badge = asServed(new BadgesApi(client).getRarityBadge(EMPLOYEES, JAPAN, 2024, null, null));
        BigDecimal oneIn = new BigDecimal(served("/api/v1/rarity?year=2024&population=" + EMPLOYEES).path("oneIn").asText());
        assertEquals("1 in " + java.text.NumberFormat.getIntegerInstance(Locale.US)
                .format(oneIn.setScale(0, java.math.RoundingMode.HALF_UP)), badge.getMessage());
        Problem unknown = problem(400, () -> new BadgesApi(client).getRarityBadge("everyone", null, null, null, null));
        assertEquals(Set.of("population"), parameters(unknown));
    }

    @Test
    void getCostBadge() throws ApiException {
        int year = CostFacts.latestCriteriaYear();
        Badge badge = asServed(new BadgesApi(client).getCostBadge(JAPAN, year, null, null));
        java.text.NumberFormat yen = java.text.NumberFormat.getNumberInstance(Locale.US);
        java.time.LocalDate pricesOn = java.time.LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        assertEquals("¥" + yen.format(CostFacts.listTotal(set, "JPY", pricesOn)) + " list, ¥"
                + yen.format(CostFacts.voucherTotal(set, "JPY", pricesOn)) + " with vouchers", badge.getMessage());
    }

    @Test
    void evaluateJourney() throws ApiException {
        SeedFile.Row saa = DataFiles.row("certifications.csv", "id", "SAA");
        JourneyRequest history = new JourneyRequest().asOf("2025-06-30").currency(JourneyRequest.CurrencyEnum.JPY)
                .addAttemptsItem(new JourneyAttempt().certification(saa.required("slug")).date("2024-05-10").passed(true));
        JourneyEvaluation journey = asServed(new JourneysApi(client).evaluateJourney(history));
        assertEquals(List.of("SAA"), journey.getHeld().stream().map(h -> h.getCertification()).toList());
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 10);
        assertEquals(0, CostFacts.fee("Associate", "JPY", day).add(CostFacts.tax(CostFacts.fee("Associate", "JPY", day), day))
                .compareTo(journey.getMoney().getTotals().getTotal()));
        JourneyRequest unknown = new JourneyRequest().addAttemptsItem(
                new JourneyAttempt().certification("XYZ-C01").date("2024-05-10").passed(true));
        Problem problem = problem(400, () -> new JourneysApi(client).evaluateJourney(unknown));
        assertEquals("attempts[0].certification", problem.getErrors().get(0).getParameter());
    }

    /** A curator's client: every call carries a bearer token signed with the test key. */
    private ApiClient curator() {
        ApiClient curator = client();
        String token = Tokens.curator("generated-client");
        curator.setRequestInterceptor(request -> record(request.header("Authorization", "Bearer " + token)));
        return curator;
    }

    /** The update body that leaves a resource as it is: the GET model's fields, read as the update model. */
    private <T> T unchanged(Object current, Class<T> update) {
        return client.getObjectMapper().copy()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .convertValue(current, update);
    }

    @Test
    void putPopulation() throws ApiException {
        var current = new PopulationsApi(client).getPopulationWithHttpInfo("jp-it-companies", null, null);
        String etag = current.getHeaders().get("etag").get(0);
        PopulationUpdate same = unchanged(current.getData(), PopulationUpdate.class);
        Population written = sameAs(served("/api/v1/populations/jp-it-companies"),
                new CurationApi(curator()).putPopulation("jp-it-companies", etag, same), "PUT, then GET");
        SeedFile.Row row = DataFiles.row("population-bases.csv", "key", "jp_it_companies");
        assertEquals(Long.valueOf(row.required("value")), written.getValue());
        assertEquals(row.required("unit"), written.getUnit());
        assertEquals("/problems/precondition-failed", problem(412, () -> new CurationApi(curator())
                .putPopulation("jp-it-companies", "\"stale\"", same)).getType());
        assertEquals("/problems/unauthorized", problem(401, () -> new CurationApi(direct())
                .putPopulation("jp-it-companies", etag, same)).getType());
    }

    @Test
    void putProgramYear() throws ApiException {
        int year = latestPublished().integer("year");
        var current = new ProgramsApi(client).getProgramYearWithHttpInfo(JAPAN, year, null, null, null);
        String etag = current.getHeaders().get("etag").get(0);
        ProgramYearDetail detail = current.getData();
        ProgramYearUpdate same = unchanged(detail, ProgramYearUpdate.class).criteria(detail.getCriteria() == null
                ? null : detail.getCriteria().stream().map(RequiredCertification::getCode).toList());
        ProgramYearDetail written = sameAs(served("/api/v1/programs/" + JAPAN + "/years/" + year),
                new CurationApi(curator()).putProgramYear(JAPAN, year, same, etag, null), "PUT, then GET");
        assertEquals(latestPublished().integer("count"), written.getCount());
        assertEquals(latestPublished().required("program"), written.getName());
        assertEquals("/problems/precondition-required", problem(428, () -> new CurationApi(curator())
                .putProgramYear(JAPAN, year, same, null, null)).getType());
    }

    @Test
    void putCertification() throws ApiException {
        var current = new CertificationsApi(client).getCertificationWithHttpInfo("solutions-architect-associate", null, null, null);
        String etag = current.getHeaders().get("etag").get(0);
        CertificationUpdate same = unchanged(current.getData(), CertificationUpdate.class);
        Certification written = sameAs(served("/api/v1/certifications/solutions-architect-associate"),
                new CurationApi(curator()).putCertification("solutions-architect-associate", etag, same), "PUT, then GET");
        SeedFile.Row row = DataFiles.row("certifications.csv", "slug", "solutions-architect-associate");
        assertEquals(List.of(row.required("exam_codes").split("\\|")),
                written.getExamCodes().stream().map(ExamCode::getCode).toList());
        assertEquals(row.required("name_en"), written.getName());
        assertEquals("/problems/not-found", problem(404, () -> new CurationApi(curator())
                .putCertification("no-such-certification", etag, same)).getType());
    }

    @Test
    void listAuditEntries() throws ApiException {
        AuditPage page = asServed(new CurationApi(curator()).listAuditEntries(1, 10, null));
        assertEquals(10, page.getSize());
        assertEquals(1, page.getPage());
        assertEquals("/problems/unauthorized",
                problem(401, () -> new CurationApi(direct()).listAuditEntries(null, null, null)).getType());
    }

    /** An operation that must fail: its answer, read as the generated Problem model, with the status asked for. */
    private Problem problem(int status, Call call) {
        ApiException e = assertThrows(ApiException.class, call::run);
        assertEquals(status, e.getCode(), e.getResponseBody());
        assertTrue(e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        try {
            Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertEquals(status, problem.getStatus());
            return sameAs(tree(e.getResponseBody()), problem, "problem " + status);
        } catch (JsonProcessingException notAProblem) {
            throw new AssertionError("not a Problem: " + e.getResponseBody(), notAProblem);
        }
    }

    /** Within a relative 1e-12: the API rounds to 16 significant digits, as this test does. */
    private static void assertAbout(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual);
        assertTrue(expected.subtract(actual).abs().compareTo(expected.abs().scaleByPowerOfTen(-12)) <= 0,
                "expected about " + expected + ", got " + actual);
    }

    private static Set<String> parameters(Problem problem) {
        return problem.getErrors().stream().map(io.certstats.client.model.ParameterError::getParameter)
                .collect(Collectors.toSet());
    }

    private interface Call {
        void run() throws ApiException;
    }

    private static List<Integer> japanYears() {
        return DataFiles.rows("all-certifications-engineers.csv").stream().map(r -> r.integer("year")).sorted().toList();
    }

    private static SeedFile.Row latestPublished() {
        return DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null).stream()
                .max(Comparator.comparing(r -> r.integer("year"))).orElseThrow();
    }
}
