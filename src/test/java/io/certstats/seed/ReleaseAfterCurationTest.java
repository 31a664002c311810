package io.certstats.seed;

import io.certstats.DataFiles;
import io.certstats.YearBodies;
import io.certstats.curation.ResourcePaths;
import io.certstats.curation.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A curator's write through the API, then a release whose data files changed: Flyway re-applies
 * the seed migration (its checksum changed), as the released application's start-up does. The
 * curated values must still be served, the audit trail must show the curator's write and the
 * file's disagreeing values, and what no curator wrote must follow the changed file.
 */
@QuarkusTest
class ReleaseAfterCurationTest extends ReleaseTest {

    private static final String YEARS_FILE = "all-certifications-engineers.csv";
    private static final String CURATOR = "alice@example.org";


    @Test
    void aCuratedCountOutlivesAReleaseWhoseCellIsStillEmpty() {
        // The case: AWS announced a count, a curator recorded it, and the next release
        // (which changed another row) still has the empty cell.
        SeedFile.Row curatedRow = uncountedYears().get(0);
        SeedFile.Row otherRow = uncountedYears().get(1);
        String curatedPath = yearPath(curatedRow);
        int curatedCount = latestCount() + 1;
        int othersNewCount = latestCount() + 2;
        long write = curate(curatedPath, YearBodies.withCount(curatedPath, curatedCount));

        assertEquals(1, new NextRelease().set(YEARS_FILE, sameYear(otherRow), "count", othersNewCount)
                .deploy(flyway).migrationsExecuted);
        revisions.refresh();

        given().when().get(curatedPath).then().statusCode(200).body("count", equalTo(curatedCount));
        given().when().get(yearPath(otherRow)).then().statusCode(200).body("count", equalTo(othersNewCount));
        List<Map<String, Object>> entries = auditSince(write);
        assertEquals(2, entries.size(), "the curator's write and one disagreement: " + entries);
        assertEntry(entries.get(1), CURATOR, "update", curatedPath);
        assertEquals(curatedCount, ((Map<?, ?>) entries.get(1).get("newValue")).get("count"));
        assertEntry(entries.get(0), "seed: " + YEARS_FILE, "keep-curated", curatedPath);
        assertEquals(Map.of("count", curatedCount), entries.get(0).get("oldValue"));
        assertEquals(nullValued("count"), entries.get(0).get("newValue"));
    }

    @Test
    void aCuratedCountOutlivesAReleaseThatGivesAnotherAndTheFilesGetItBackOnceTheyAgree() {
        SeedFile.Row curatedRow = uncountedYears().get(0);
        String curatedPath = yearPath(curatedRow);
        int curatedCount = latestCount() + 1;
        long write = curate(curatedPath, YearBodies.withCount(curatedPath, curatedCount));

        new NextRelease().set(YEARS_FILE, sameYear(curatedRow), "count", curatedCount + 1).deploy(flyway);
        revisions.refresh();
        given().when().get(curatedPath).then().statusCode(200).body("count", equalTo(curatedCount));

        // The files catch up with the curator: the year is theirs again ...
        new NextRelease().set(YEARS_FILE, sameYear(curatedRow), "count", curatedCount).deploy(flyway);
        // ... so a later correction in the file is served.
        new NextRelease().set(YEARS_FILE, sameYear(curatedRow), "count", curatedCount - 1).deploy(flyway);
        revisions.refresh();
        given().when().get(curatedPath).then().statusCode(200).body("count", equalTo(curatedCount - 1));

        List<Map<String, Object>> entries = auditSince(write);
        assertEquals(List.of("hand-back", "keep-curated", "update"), entries.stream().map(e -> e.get("action")).toList(),
                entries.toString());
        assertEntry(entries.get(1), "seed: " + YEARS_FILE, "keep-curated", curatedPath);
        assertEquals(Map.of("count", curatedCount), entries.get(1).get("oldValue"));
        assertEquals(Map.of("count", curatedCount + 1), entries.get(1).get("newValue"));
        assertEntry(entries.get(0), "seed", "hand-back", curatedPath);
        assertEquals(curatedCount, JsonPath.from(json(entries.get(0).get("newValue")))
                .getInt("'" + YEARS_FILE + "'.count"));
    }

    @Test
    void aYearOnlyTheApiRecordedStaysAsWrittenWithoutAnAuditEntryPerRelease() {
        SeedFile.Row knownRow = uncountedYears().get(0);
        String program = yearPath(knownRow).replaceAll("/years/\\d+$", "");
        List<Integer> known = given().when().get(program).then().statusCode(200).extract().path("years");
        int year = known.stream().mapToInt(Integer::intValue).min().orElseThrow() - 1;
        String path = program + "/years/" + year;
        SeedFile.Row certification = DataFiles.rows("certifications.csv").get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", knownRow.required("program"));
        body.put("count", latestCount());
        body.put("criteria", List.of(certification.required("id")));
        given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType(JSON)
                .header("If-None-Match", "*").body(body)
                .when().put(path).then().statusCode(201);
        long write = ((Number) audit().get(0).get("id")).longValue();

        new NextRelease().set(YEARS_FILE, sameYear(knownRow), "count", latestCount() + 1).deploy(flyway);
        revisions.refresh();

        given().when().get(path).then().statusCode(200).body("count", equalTo(latestCount()))
                .body("criteria.code", equalTo(List.of(certification.required("id"))));
        given().when().get(yearPath(knownRow)).then().statusCode(200).body("count", equalTo(latestCount() + 1));
        List<Map<String, Object>> entries = auditSince(write);
        assertEquals(1, entries.size(), "only the curator's write: " + entries);
        assertEntry(entries.get(0), CURATOR, "create", path);
    }

    @Test
    void aCuratedPopulationBaseOutlivesARelease() {
        List<SeedFile.Row> bases = DataFiles.rows("population-bases.csv");
        String curatedPath = ResourcePaths.population(bases.get(0).required("key").replace('_', '-'));
        String otherPath = ResourcePaths.population(bases.get(1).required("key").replace('_', '-'));
        long fileValue = Long.parseLong(bases.get(0).required("value"));
        long otherValue = Long.parseLong(bases.get(1).required("value"));
        ExtractableResponse<Response> before = read(curatedPath);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("description", before.path("description"));
        body.put("value", fileValue + 1);
        body.put("unit", before.path("unit"));
        body.put("asOf", before.path("asOf"));
        body.put("source", Map.of("links", before.path("source.links"), "notes", before.path("source.notes")));
        long write = curate(curatedPath, body);

        new NextRelease().set("population-bases.csv", key(bases.get(0)), "value", fileValue + 2)
                .set("population-bases.csv", key(bases.get(1)), "value", otherValue + 2).deploy(flyway);
        revisions.refresh();

        given().when().get(curatedPath).then().statusCode(200).body("value", equalTo((int) (fileValue + 1)));
        given().when().get(otherPath).then().statusCode(200).body("value", equalTo((int) (otherValue + 2)));
        List<Map<String, Object>> entries = auditSince(write);
        assertEquals(2, entries.size(), entries.toString());
        assertEntry(entries.get(0), "seed: population-bases.csv", "keep-curated", curatedPath);
        assertEquals(Map.of("value", (int) (fileValue + 1)), entries.get(0).get("oldValue"));
        assertEquals(Map.of("value", (int) (fileValue + 2)), entries.get(0).get("newValue"));
    }

    @Test
    void aCuratedCertificationAndItsExamCodesOutliveARelease() {
        List<SeedFile.Row> certifications = DataFiles.rows("certifications.csv", r -> r.integer("fee_usd") != null);
        SeedFile.Row curatedRow = certifications.get(0);
        SeedFile.Row otherRow = certifications.get(1);
        String curatedPath = ResourcePaths.certification(curatedRow.required("slug"));
        String otherPath = ResourcePaths.certification(otherRow.required("slug"));
        int curatedFee = curatedRow.integer("fee_usd") + 1;
        ExtractableResponse<Response> before = read(curatedPath);
        Map<String, Object> body = new LinkedHashMap<>(before.jsonPath().getMap(""));
        Arrays.asList("slug", "code", "examCode").forEach(body::remove);
        body.put("feeUsd", curatedFee);
        long write = curate(curatedPath, body);

        String curatedExamCode = firstExamCode(curatedRow);
        String changedNote = "changed by the next release";
        new NextRelease().set("certifications.csv", id(curatedRow), "fee_usd", curatedFee + 1)
                .set("certifications.csv", id(otherRow), "fee_usd", otherRow.integer("fee_usd") + 1)
                .set("exam-versions.csv", r -> curatedExamCode.equals(r.text("exam_code")), "notes", changedNote)
                .set("exam-versions.csv", r -> firstExamCode(otherRow).equals(r.text("exam_code")), "notes", changedNote)
                .deploy(flyway);
        revisions.refresh();

        given().when().get(curatedPath).then().statusCode(200).body("feeUsd", equalTo(curatedFee))
                .body("examCodes.find { it.code == '" + curatedExamCode + "' }.source.notes",
                        equalTo(DataFiles.row("exam-versions.csv", "exam_code", curatedExamCode).text("notes")));

        given().when().get(otherPath).then().statusCode(200).body("feeUsd", equalTo(otherRow.integer("fee_usd") + 1))
                .body("examCodes.find { it.code == '" + firstExamCode(otherRow) + "' }.source.notes",
                        equalTo(changedNote));
        List<Map<String, Object>> entries = auditSince(write);
        assertEquals(3, entries.size(), entries.toString());
        Map<String, Map<String, Object>> byActor = new HashMap<>();
        entries.subList(0, 2).forEach(e -> byActor.put((String) e.get("actor"), e));
        assertEntry(byActor.get("seed: certifications.csv"), "seed: certifications.csv", "keep-curated", curatedPath);
        assertEquals(Map.of("fee_usd", curatedFee), byActor.get("seed: certifications.csv").get("oldValue"));
        assertEquals(Map.of("fee_usd", curatedFee + 1), byActor.get("seed: certifications.csv").get("newValue"));
        assertEntry(byActor.get("seed: exam-versions.csv"), "seed: exam-versions.csv", "keep-curated", curatedPath);
        // Of an exam code both sides have, only the columns that differ.
        String curatedNote = DataFiles.row("exam-versions.csv", "exam_code", curatedExamCode).text("notes");
        assertEquals(Map.of(curatedExamCode, nullable("notes", curatedNote)),
                byActor.get("seed: exam-versions.csv").get("oldValue"));
        assertEquals(Map.of(curatedExamCode, Map.of("notes", changedNote)),
                byActor.get("seed: exam-versions.csv").get("newValue"));
    }

    private static String firstExamCode(SeedFile.Row certification) {
        return DataFiles.row("exam-versions.csv", "certification_id", certification.required("id")).required("exam_code");
    }

    private static List<SeedFile.Row> uncountedYears() {
        return DataFiles.rows(YEARS_FILE, r -> r.integer("count") == null);
    }

    private static int latestCount() {
        return DataFiles.rows(YEARS_FILE, r -> r.integer("count") != null).stream()
                .mapToInt(r -> r.integer("count")).max().orElseThrow();
    }

    private static String yearPath(SeedFile.Row row) {
        String program = row.required("program");
        String slug = DataFiles.rows("programs.csv", p -> Arrays.stream(p.required("names").split("\\|"))
                .map(String::strip).anyMatch(program::equals)).get(0).required("slug");
        return ResourcePaths.programYear(slug, row.integer("year"));
    }

    private static java.util.function.Predicate<SeedFile.Row> sameYear(SeedFile.Row row) {
        return r -> row.integer("year").equals(r.integer("year")) && row.required("program").equals(r.text("program"));
    }

    private static java.util.function.Predicate<SeedFile.Row> key(SeedFile.Row row) {
        return r -> row.required("key").equals(r.text("key"));
    }

    private static java.util.function.Predicate<SeedFile.Row> id(SeedFile.Row row) {
        return r -> row.required("id").equals(r.text("id"));
    }

    private static ExtractableResponse<Response> read(String path) {
        return given().when().get(path).then().statusCode(200).header("ETag", notNullValue()).extract();
    }

    /** Writes through the API as a curator; returns the id of the write's audit entry. */
    private static long curate(String path, Map<String, Object> body) {
        String etag = read(path).header("ETag");
        given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType(JSON)
                .header("If-Match", etag).body(body)
                .when().put(path).then().statusCode(200);
        List<Map<String, Object>> latest = audit();
        assertEntry(latest.get(0), CURATOR, "update", path);
        return ((Number) latest.get(0).get("id")).longValue();
    }

    /** The audit entries from the given one on, newest first. */
    private static List<Map<String, Object>> auditSince(long id) {
        return audit().stream().filter(e -> ((Number) e.get("id")).longValue() >= id).toList();
    }

    private static List<Map<String, Object>> audit() {
        return given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).when().get("/api/v1/audit?size=20")
                .then().statusCode(200).contentType(JSON).extract().jsonPath().getList("items");
    }

    private static void assertEntry(Map<String, Object> entry, String actor, String action, String resource) {
        assertEquals(actor, entry.get("actor"), entry.toString());
        assertEquals(action, entry.get("action"), entry.toString());
        assertEquals(resource, entry.get("resource"), entry.toString());
    }

    private static Map<String, Object> nullValued(String key) {
        return nullable(key, null);
    }

    /** A one-entry map whose value may be null, as JSON null reads. */
    private static Map<String, Object> nullable(String key, Object value) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, value);
        return map;
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
