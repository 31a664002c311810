package io.certstats.certification;

import io.certstats.ApiTest;
import io.certstats.DataFileModels;
import io.certstats.DataFiles;
import io.certstats.provenance.PartialDate;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class CertificationResourceTest extends ApiTest {

    private static final String CERTIFICATIONS = "certifications.csv";

    @Test
    void servesEveryRowOfTheDataFilesWithItsFacts() {
        List<SeedFile.Row> rows = DataFiles.rows(CERTIFICATIONS);
        JsonPath page = given().queryParam("size", 100).when().get("/api/v1/certifications")
                .then().statusCode(200).contentType(JSON)
                .body("total", equalTo(rows.size()))
                .body("items", hasSize(rows.size()))
                .extract().jsonPath();

        for (SeedFile.Row row : rows) {
            Map<String, Object> item = page.getMap("items.find { it.slug == '" + row.required("slug") + "' }");
            String id = row.required("id");
            assertEquals(id, item.get("code"));
            assertEquals(row.required("name_en"), item.get("name"), id);
            assertEquals(row.text("name_ja"), item.get("nameJa"), id);
            assertEquals(row.required("level").toUpperCase(Locale.ROOT), item.get("level"), id);
            assertEquals(row.required("status").startsWith("active") ? "ACTIVE" : "RETIRED", item.get("status"), id);
            assertEquals(row.text("first_available"), item.get("launchedOn"), id);
            assertEquals(row.text("retired_on"), item.get("retiredOn"), id);
            assertEquals(row.integer("fee_usd"), item.get("feeUsd"), id);
            assertEquals(row.integer("fee_jpy_from_2024_04_01"), item.get("feeJpy"), id);
            assertEquals(row.integer("fee_jpy_before_2024_04_01"), item.get("feeJpyBefore20240401"), id);
            assertEquals(row.integer("duration_min"), item.get("durationMinutes"), id);
            assertEquals(row.integer("questions"), item.get("questionCount"), id);
            assertEquals(row.integer("passing_score"), item.get("passingScore"), id);
            assertEquals(row.integer("validity_years"), item.get("validityYears"), id);
            assertEquals(row.text("notes"), page.getString("items.find { it.code == '" + id + "' }.source.notes"));
            List<String> expectedCodes = Arrays.asList(row.required("exam_codes").split("\\|"));
            assertEquals(expectedCodes, page.getList("items.find { it.code == '" + id + "' }.examCodes.code"), id);
            assertEquals(expectedCodes.get(expectedCodes.size() - 1), item.get("examCode"), id);
            assertEquals(row.required("grade").toUpperCase(Locale.ROOT),
                    page.getString("items.find { it.code == '" + id + "' }.source.grade"), id);
            List<String> urls = page.getList("items.find { it.code == '" + id + "' }.source.links.url");
            assertEquals(row.required("source_urls").split(" \\| ").length, urls.size(), id);
        }
    }

    @Test
    void servesEveryExamCodeWithItsDatesAndMarksInferredOnes() {
        for (SeedFile.Row row : DataFiles.rows("exam-versions.csv")) {
            String code = row.required("exam_code");
            String prefix = "examCodes.find { it.code == '" + code + "' }.";
            given().when().get("/api/v1/certifications/" + code)
                    .then().statusCode(200)
                    .body("code", equalTo(row.required("certification_id")))
                    .body(prefix + "liveFrom", equalTo(row.text("live_from")))
                    .body(prefix + "liveUntil", equalTo(row.text("live_until")))
                    .body(prefix + "observedLiveOn", equalTo(row.text("observed_live_on")))
                    .body(prefix + "source.notes", equalTo(row.text("notes")))
                    .body(prefix + "source.grade", equalTo(row.required("grade").toUpperCase(Locale.ROOT)))
                    .body(prefix + "source.inferred",
                            row.text("inferred") == null ? hasSize(0) : hasItem(row.text("inferred")));
        }
    }

    @Test
    void marksInferredFeesAsInferred() {
        for (SeedFile.Row row : DataFiles.rows(CERTIFICATIONS, r -> r.text("inferred") != null)) {
            given().when().get("/api/v1/certifications/" + row.required("slug"))
                    .then().statusCode(200).body("source.inferred", hasItem(row.text("inferred")));
        }
    }

    @ParameterizedTest
    @CsvSource({"FOUNDATIONAL", "associate", "Professional", "specialty"})
    void filtersByLevelIgnoringCase(String level) {
        int expected = DataFiles.rows(CERTIFICATIONS, r -> r.required("level").equalsIgnoreCase(level)).size();
        invalidRequest().queryParam("level", level).when().get("/api/v1/certifications") // any case: beyond the enum
                .then().statusCode(200)
                .body("total", equalTo(expected))
                .body("items.level", everyItem(equalTo(level.toUpperCase(Locale.ROOT))));
    }

    @ParameterizedTest
    @CsvSource({"active", "RETIRED"})
    void filtersByStatus(String status) {
        String wanted = status.toLowerCase(Locale.ROOT);
        int expected = DataFiles.rows(CERTIFICATIONS, r -> r.required("status").startsWith(wanted)).size();
        invalidRequest().queryParam("status", status).when().get("/api/v1/certifications") // any case: beyond the enum
                .then().statusCode(200)
                .body("total", equalTo(expected))
                .body("items.status", everyItem(equalTo(status.toUpperCase(Locale.ROOT))));
    }

    /** Dates around known launches and last exam days, read from the data files. */
    @ParameterizedTest
    @CsvSource({
            "DEA, first_available, 0, true", "DEA, first_available, -1, false",
            "DAS, last_exam_day, 0, true", "DAS, last_exam_day, 1, false",
            "MLS, last_exam_day, 0, true", "MLS, last_exam_day, 1, false"})
    void filtersByActiveOnAroundKnownDates(String code, String dateKind, int shiftDays, boolean offered) {
        SeedFile.Row cert = DataFiles.row(CERTIFICATIONS, "id", code);
        String date = dateKind.equals("first_available") ? cert.required("first_available")
                : DataFiles.row("exam-versions.csv", "certification_id", code).required("live_until");
        String day = java.time.LocalDate.parse(date).plusDays(shiftDays).toString();
        given().queryParam("activeOn", day).queryParam("size", 100).when().get("/api/v1/certifications")
                .then().statusCode(200)
                .body("items.code", offered ? hasItem(code) : not(hasItem(code)));
    }

    /** CLF launched in 2017-11 (no day): the days of that month are unknown, the month's last day is known. */
    @Test
    void aMonthPrecisionLaunchLeavesTheDaysOfItsMonthUnknown() {
        String month = DataFiles.row(CERTIFICATIONS, "id", "CLF").required("first_available");
        java.time.YearMonth launch = java.time.YearMonth.parse(month);
        given().queryParam("activeOn", launch.atDay(1).toString()).queryParam("size", 100)
                .when().get("/api/v1/certifications").then().statusCode(200).body("items.code", not(hasItem("CLF")));
        given().queryParam("activeOn", launch.atDay(1).toString()).queryParam("includeUnknown", "true")
                .queryParam("size", 100).when().get("/api/v1/certifications").then().statusCode(200)
                .body("items.find { it.code == 'CLF' }.availability", equalTo("UNKNOWN"));
        given().queryParam("activeOn", launch.atEndOfMonth().toString()).queryParam("size", 100)
                .when().get("/api/v1/certifications").then().statusCode(200)
                .body("items.find { it.code == 'CLF' }.availability", equalTo("AVAILABLE"));
        given().queryParam("activeOn", launch.atDay(1).minusDays(1).toString()).queryParam("includeUnknown", "true")
                .queryParam("size", 100).when().get("/api/v1/certifications").then().statusCode(200)
                .body("items.code", not(hasItem("CLF")));
    }

    /**
     * The README's example: on 2024-04-08 a certification first available later (AI Practitioner, ML Engineer –
     * Associate) is known unavailable, and one retired without any date (Big Data) is unknown, so neither is
     * listed; the unknown ones are counted, and listed with includeUnknown=true.
     */
    @Test
    void activeOnListsOnlyTheKnownAvailableAndCountsTheUnknown() {
        LocalDate day = LocalDate.parse("2024-04-08");
        List<String> later = DataFiles.rows(CERTIFICATIONS, r -> r.text("first_available") != null
                && PartialDate.parse(r.text("first_available")).firstDay().isAfter(day)).stream()
                .map(r -> r.required("id")).toList();
        List<String> undated = DataFiles.rows(CERTIFICATIONS, r -> r.required("status").startsWith("retired")
                && r.text("first_available") == null && r.text("retired_on") == null).stream()
                .map(r -> r.required("id")).filter(id -> DataFiles.rows("exam-versions.csv",
                        v -> v.required("certification_id").equals(id) && (v.text("live_from") != null
                                || v.text("live_until") != null || v.text("observed_live_on") != null)).isEmpty())
                .toList();
        assertEquals(false, later.isEmpty() || undated.isEmpty(), "the data has such certifications");
        List<Certification> all = DataFileModels.certifications();
        int unknown = (int) all.stream().filter(c -> Availability.on(c, day) == Availability.State.UNKNOWN).count();
        given().queryParam("activeOn", day.toString()).queryParam("size", 100).when().get("/api/v1/certifications")
                .then().statusCode(200).header("X-Unknown-Count", String.valueOf(unknown))
                .body("activeOn", equalTo(day.toString())).body("unknownCount", equalTo(unknown))
                .body("items.availability", everyItem(equalTo("AVAILABLE")))
                .body("items.code", not(hasItem(org.hamcrest.Matchers.in(later))))
                .body("items.code", not(hasItem(org.hamcrest.Matchers.in(undated))));
        given().queryParam("activeOn", day.toString()).queryParam("includeUnknown", "true").queryParam("size", 100)
                .when().get("/api/v1/certifications").then().statusCode(200)
                .header("X-Unknown-Count", String.valueOf(unknown))
                .body("items.findAll { it.availability == 'UNKNOWN' }.code", hasSize(unknown))
                .body("items.findAll { it.availability == 'UNKNOWN' }.code", org.hamcrest.Matchers.hasItems(
                        undated.toArray(String[]::new)))
                .body("items.code", not(hasItem(org.hamcrest.Matchers.in(later))));
        // In CSV the count is in the header, and each row says its availability.
        given().queryParam("activeOn", day.toString()).queryParam("includeUnknown", "true").queryParam("format", "csv")
                .queryParam("size", 100).when().get("/api/v1/certifications").then().statusCode(200)
                .header("X-Unknown-Count", String.valueOf(unknown))
                .body(containsString("availability")).body(containsString("UNKNOWN"));
    }

    @Test
    void withoutActiveOnNoAvailabilityIsSaid() {
        given().when().get("/api/v1/certifications").then().statusCode(200)
                .header("X-Unknown-Count", org.hamcrest.Matchers.nullValue())
                .body("activeOn", org.hamcrest.Matchers.nullValue())
                .body("unknownCount", org.hamcrest.Matchers.nullValue())
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("availability")));
    }

    @Test
    void includeUnknownNeedsActiveOn() {
        invalidRequest().queryParam("includeUnknown", "true").when().get("/api/v1/certifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors.parameter", equalTo(List.of("includeUnknown")))
                .body("errors[0].message", equalTo("needs activeOn: unknown is said of a day"));
    }

    /**
     * A sitting recorded in exam-versions.csv (observed_live_on) proves its certification was offered that day:
     * e.g. SOA-C01 on 2021-03-30 and SCS-C01 on 2021-03-22 (wing-degital), though SOA and SCS have no launch
     * date and their successors SOA-C03 and SCS-C03 start only in 2025.
     */
    @Test
    void aCertificationIsOfferedOnEachDayOneOfItsCodesWasSeenTaken() {
        for (SeedFile.Row row : DataFiles.rows("exam-versions.csv", r -> r.text("observed_live_on") != null)) {
            given().queryParam("activeOn", row.required("observed_live_on")).queryParam("size", 100)
                    .when().get("/api/v1/certifications").then().statusCode(200)
                    .body("items.code", hasItem(row.required("certification_id")));
        }
    }

    /**
     * The filter runs in SQL on the DATE columns; it must answer exactly what {@link Availability} (the
     * rule in Java the journeys use) says, on every day where a date of the data could change the answer.
     */
    @Test
    void activeOnAgreesWithTheAvailabilityRuleAroundEveryDateOfTheData() {
        List<Certification> all = DataFileModels.certifications();
        Set<LocalDate> days = new TreeSet<>();
        all.forEach(c -> days.addAll(DataFileModels.daysAround(c)));
        for (LocalDate day : days) {
            Map<String, String> expected = new java.util.TreeMap<>();
            all.stream().filter(c -> Availability.on(c, day) != Availability.State.UNAVAILABLE)
                    .forEach(c -> expected.put(c.code, Availability.on(c, day).name()));
            JsonPath served = given().queryParam("activeOn", day.toString()).queryParam("includeUnknown", "true")
                    .queryParam("size", 100).when().get("/api/v1/certifications").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, String> answered = new java.util.TreeMap<>();
            List<String> codes = served.getList("items.code");
            List<String> states = served.getList("items.availability");
            for (int i = 0; i < codes.size(); i++) {
                answered.put(codes.get(i), states.get(i));
            }
            assertEquals(expected, answered, "activeOn=" + day);
            // Each listed certification's exam codes, each by its own dates.
            for (Certification c : all) {
                if (expected.containsKey(c.code)) {
                    assertEquals(examCodeStates(c, day), servedExamCodeStates(served, "items.find { it.code == '"
                            + c.code + "' }."), c.code + " activeOn=" + day);
                }
            }
        }
    }

    /** Each exam code of the certification with its availability on the day, by {@link Availability}. */
    private static Map<String, String> examCodeStates(Certification c, LocalDate day) {
        Map<String, String> states = new java.util.TreeMap<>();
        c.examVersions.forEach(v -> states.put(v.examCode, Availability.on(v, c, day).name()));
        return states;
    }

    private static Map<String, String> servedExamCodeStates(JsonPath served, String prefix) {
        Map<String, String> states = new java.util.TreeMap<>();
        List<String> codes = served.getList(prefix + "examCodes.code");
        List<String> values = served.getList(prefix + "examCodes.availability");
        for (int i = 0; i < codes.size(); i++) {
            states.put(codes.get(i), values.get(i));
        }
        return states;
    }

    /**
     * One certification asked about a day says its availability and each exam code's, by the rule computed here
     * from the data files, on every day around its own dates, whether or not the list would show it.
     */
    @Test
    void oneCertificationOnADaySaysItsAndEachExamCodesAvailability() {
        for (Certification c : DataFileModels.certifications()) {
            for (LocalDate day : DataFileModels.daysAround(c)) {
                JsonPath served = given().queryParam("activeOn", day.toString()).when()
                        .get("/api/v1/certifications/" + c.slug).then().statusCode(200).contentType(JSON)
                        .body("availability", equalTo(Availability.on(c, day).name()))
                        .extract().jsonPath();
                assertEquals(examCodeStates(c, day), servedExamCodeStates(served, ""), c.code + " activeOn=" + day);
            }
        }
    }

    @Test
    void oneCertificationWithoutActiveOnSaysNoAvailability() {
        Certification c = DataFileModels.certifications().get(0);
        given().when().get("/api/v1/certifications/" + c.slug).then().statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("availability")))
                .body("examCodes", everyItem(not(org.hamcrest.Matchers.hasKey("availability"))));
    }

    @ParameterizedTest
    @CsvSource({"2024-13-01", "2024-02-30", "yesterday", "2024-06"})
    void oneCertificationRefusesABadActiveOn(String day) {
        invalidRequest().queryParam("activeOn", day).when().get("/api/v1/certifications/SAA-C03")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors.parameter", equalTo(List.of("activeOn")))
                .body("errors[0].message", startsWith("must be an ISO-8601 date"));
    }

    @Test
    void combinesFilters() {
        int expected = DataFiles.rows(CERTIFICATIONS,
                r -> r.required("level").equals("Specialty") && r.required("status").equals("retired")).size();
        given().queryParam("level", "SPECIALTY").queryParam("status", "RETIRED")
                .when().get("/api/v1/certifications")
                .then().statusCode(200).body("total", equalTo(expected));
    }

    @Test
    void pagesCoverEveryItemOnceInOrder() {
        int total = DataFiles.rows(CERTIFICATIONS).size();
        int size = 5;
        List<String> seen = new ArrayList<>();
        for (int page = 1; page <= (total + size - 1) / size; page++) {
            seen.addAll(given().queryParam("page", page).queryParam("size", size)
                    .when().get("/api/v1/certifications")
                    .then().statusCode(200)
                    .body("page", equalTo(page)).body("size", equalTo(size)).body("total", equalTo(total))
                    .extract().jsonPath().getList("items.slug"));
        }
        Set<String> unique = new HashSet<>(seen);
        assertEquals(total, seen.size());
        assertEquals(total, unique.size());
        given().queryParam("page", 1).queryParam("size", 100).when().get("/api/v1/certifications")
                .then().body("items.slug", equalTo(seen));
        given().queryParam("page", 99).when().get("/api/v1/certifications")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(total));
    }

    @Test
    void defaultsToFiftyItemsPerPage() {
        given().when().get("/api/v1/certifications")
                .then().statusCode(200).body("page", equalTo(1)).body("size", equalTo(50));
    }

    @ParameterizedTest
    @CsvSource({"solutions-architect-associate", "SAA-C03", "saa-c02", "Saa-C01"})
    void findsOneBySlugOrAnyExamCode(String key) {
        given().when().get("/api/v1/certifications/" + key)
                .then().statusCode(200).contentType(JSON)
                .body("slug", equalTo("solutions-architect-associate"))
                .body("code", equalTo("SAA"));
    }

    @Test
    void answers404ProblemForAnUnknownCertification() {
        given().when().get("/api/v1/certifications/XYZ-C01")
                .then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("'XYZ-C01'"))
                .body("instance", equalTo("/api/v1/certifications/XYZ-C01"));
    }

    @ParameterizedTest
    @CsvSource({
            "level, foo, must be one of [FOUNDATIONAL, ASSOCIATE, PROFESSIONAL, SPECIALTY]",
            "status, gone, must be one of [ACTIVE, RETIRED]",
            "activeOn, 2024-13-01, must be an ISO-8601 date",
            "page, 0, must be a whole number from 1 to",
            "size, 1000, must be a whole number from 1 to 100",
            "size, 0, must be a whole number from 1 to 100",
            "size, ten, must be a whole number from 1 to 100",
            "includeUnknown, maybe, must be true or false, not 'maybe'"})
    void answers400ProblemNamingTheBadParameter(String parameter, String value, String message) {
        invalidRequest().queryParam(parameter, value).when().get("/api/v1/certifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("type", equalTo("/problems/bad-parameter"))
                .body("detail", startsWith(parameter + " " + message))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void namesEveryBadParameterInOneProblem() {
        invalidRequest().queryParam("level", "x").queryParam("size", "-1").when().get("/api/v1/certifications")
                .then().statusCode(400).body("errors.parameter", equalTo(List.of("level", "size")));
    }
}
