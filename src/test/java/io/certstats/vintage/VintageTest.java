package io.certstats.vintage;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.SeedData;
import io.certstats.Seconds;
import io.certstats.YearBodies;
import io.certstats.curation.Tokens;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reads as of a past time (asOf) against a curator's write through the API: the answers of before the write
 * come back byte for byte, with their ETag, after it; the year's history lists both versions; a time before
 * any data or after now is a problem.
 */
@QuarkusTest
class VintageTest extends ApiTest {

    /** A curator of this class's own, so the audit trail's entries of other tests' writes do not count. */
    private static final String CURATOR = "vintage-" + java.util.UUID.randomUUID() + "@example.org";
    private static final String YEARS_FILE = "all-certifications-engineers.csv";

    @Inject
    DataSource dataSource;

    @AfterEach
    void backToTheFiles() throws Exception {
        SeedData.restore(dataSource);
    }

    @Test
    void readsAsOfBeforeACuratorsWriteAnswerAsTheyDidThen() throws Exception {
        SeedFile.Row counted = countedYears().get(countedYears().size() - 1);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + counted.integer("year");
        String rarity = "/api/v1/rarity?year=" + counted.integer("year");
        ExtractableResponse<Response> yearBefore = read(year);
        ExtractableResponse<Response> rarityBefore = read(rarity);
        ExtractableResponse<Response> csvBefore = read(year + "?format=csv");
        String before = Seconds.secondAfterNow();

        int written = counted.integer("count") + 1;
        curate(year, written);

        // today's data has the curator's count; the vintage of before the write has the file's, byte for byte
        given().when().get(year).then().statusCode(200).body("count", equalTo(written));
        for (var then : List.of(Map.entry(year, yearBefore), Map.entry(rarity, rarityBefore),
                Map.entry(year + "?format=csv", csvBefore))) {
            String asOf = then.getKey() + (then.getKey().contains("?") ? "&" : "?") + "asOf=" + before;
            ExtractableResponse<Response> vintage = read(asOf);
            assertArrayEquals(then.getValue().asByteArray(), vintage.asByteArray(), asOf);
            assertEquals(then.getValue().header("ETag"), vintage.header("ETag"), asOf);
            assertEquals(then.getValue().header("Last-Modified"), vintage.header("Last-Modified"), asOf);
            given().header("If-None-Match", vintage.header("ETag")).when().get(asOf).then().statusCode(304);
        }
        // the count as of before differs from now's, so the ETag of now is not current for the vintage
        assertNotEquals(read(year).header("ETag"), yearBefore.header("ETag"));
        given().header("If-None-Match", read(year).header("ETag")).when().get(year + "?asOf=" + before)
                .then().statusCode(200).body("count", equalTo(counted.integer("count")));
        // a day stands for its end: today's data
        given().when().get(year + "?asOf=" + LocalDate.now(ZoneOffset.UTC)).then().statusCode(200)
                .body("count", equalTo(written));

        // the audit trail as of before the write does not have it; now it does
        int entriesBefore = given().header("Authorization", "Bearer " + Tokens.curator(CURATOR))
                .when().get("/api/v1/audit?size=100&asOf=" + before).then().statusCode(200).extract()
                .path("items.findAll { it.actor == '" + CURATOR + "' && it.newValue.count == " + written + " }.size()");
        int entriesNow = given().header("Authorization", "Bearer " + Tokens.curator(CURATOR))
                .when().get("/api/v1/audit?size=100").then().statusCode(200).extract()
                .path("items.findAll { it.actor == '" + CURATOR + "' && it.newValue.count == " + written + " }.size()");
        assertEquals(entriesNow - 1, entriesBefore);
    }

    @Test
    void aCitationLeadsToTheCopyItCitedAfterTheFigureChanged() throws Exception {
        SeedFile.Row counted = countedYears().get(0);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + counted.integer("year");
        ExtractableResponse<Response> cited = read(year);
        String url = given().when().get(year + "/citation").then().statusCode(200).extract().path("[0].URL");
        assertTrue(url.contains("?asOf="), url);
        Seconds.secondAfterNow();
        curate(year, counted.integer("count") + 7);

        ExtractableResponse<Response> followed = read(year + url.substring(url.indexOf('?')));
        assertArrayEquals(cited.asByteArray(), followed.asByteArray());
        // cited again at that vintage, the figure is named at the same address: the vintage's last change is the
        // time the live read's Last-Modified gave
        given().when().get(year + "/citation" + url.substring(url.indexOf('?'))).then().statusCode(200)
                .body("[0].URL", equalTo(url));
    }

    @Test
    void theHistoryOfAYearListsTheFilesVersionThenTheCuratorsOne() throws Exception {
        SeedFile.Row counted = countedYears().get(0);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + counted.integer("year");
        List<Map<String, Object>> seeded = history(year);
        Map<String, Object> fromFile = seeded.get(seeded.size() - 1);
        assertEquals(counted.integer("count"), fromFile.get("count"));
        assertEquals("seed: " + YEARS_FILE, fromFile.get("recordedBy"));
        assertEquals(DataFiles.grade(counted), fromFile.get("grade"));
        assertEquals(null, fromFile.get("until"));
        String before = Seconds.secondAfterNow();

        int written = counted.integer("count") + 3;
        curate(year, written);
        List<Map<String, Object>> versions = history(year);
        assertEquals(seeded.size() + 1, versions.size(), versions.toString());
        Map<String, Object> ended = versions.get(versions.size() - 2);
        Map<String, Object> current = versions.get(versions.size() - 1);
        assertEquals(counted.integer("count"), ended.get("count"));
        assertEquals(current.get("from"), ended.get("until"));
        assertEquals(written, current.get("count"));
        assertEquals("curator", current.get("recordedBy"));
        assertEquals(null, current.get("until"));
        // as of before the write, the history knows only what it knew then
        assertEquals(seeded, given().when().get(year + "/history?asOf=" + before).then().statusCode(200)
                .extract().jsonPath().getList("versions"));
        // the CSV has one row per version
        String csv = given().when().get(year + "/history?format=csv").then().statusCode(200).extract().asString();
        assertEquals(versions.size() + 1, csv.split("\r\n").length, csv);
    }

    /**
     * Every read of bench/endpoints.txt answers as of now exactly as it does without asOf, citations and the data
     * package (which name their vintage) too.
     */
    @Test
    void everyReadAsOfNowAnswersAsTheDataNow() throws IOException {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        for (String line : Files.readAllLines(Path.of("bench/endpoints.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String path = line.trim().split("\\s+")[1];
            byte[] today = read(path).asByteArray();
            String vintage = path + (path.contains("?") ? "&" : "?") + "asOf=" + now;
            assertArrayEquals(today, read(vintage).asByteArray(), vintage);
        }
    }

    @Test
    void aTimeBeforeAnyDataIsNotFound() {
        given().when().get("/api/v1/certifications?asOf=1999-12-31").then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/no-vintage")).body("title", equalTo("No data at that time"))
                .body("detail", containsString("1999-12-31T23:59:59Z"));
        given().when().get("/api/v1/programs/jp-all-certifications-engineers/years/2024/history?asOf=2000-01-01T00:00:00Z")
                .then().statusCode(404).body("type", equalTo("/problems/no-vintage"));
    }

    @Test
    void aTimeInTheFutureOrNotATimeIsABadParameter() {
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        for (String bad : List.of(tomorrow, Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString(),
                "2025-01-31T09:00:00", "last-year", "2025-02-30")) {
            invalidRequest().when().get("/api/v1/programs?asOf=" + bad).then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/bad-parameter"))
                    .body("errors[0].in", equalTo("query")).body("errors[0].parameter", equalTo("asOf"));
        }
    }

    @Test
    void aWriteIgnoresAsOf() throws Exception {
        SeedFile.Row counted = countedYears().get(0);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + counted.integer("year");
        int written = counted.integer("count") + 11;
        String etag = read(year).header("ETag");
        given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType(JSON)
                .header("If-Match", etag).body(YearBodies.withCount(year, written))
                .when().put(year + "?asOf=2000-01-01").then().statusCode(200);
        given().when().get(year).then().statusCode(200).body("count", equalTo(written));
    }

    private static List<SeedFile.Row> countedYears() {
        return DataFiles.rows(YEARS_FILE, r -> r.text("count") != null
                && r.required("program").toLowerCase(Locale.ROOT).contains("all"));
    }

    private static List<Map<String, Object>> history(String year) {
        return given().when().get(year + "/history").then().statusCode(200).contentType(JSON)
                .body("versions.size()", org.hamcrest.Matchers.greaterThan(0))
                .extract().jsonPath().getList("versions");
    }

    private static ExtractableResponse<Response> read(String path) {
        return given().when().get(path).then().statusCode(200).extract();
    }

    private static void curate(String year, int count) {
        String etag = read(year).header("ETag");
        given().header("Authorization", "Bearer " + Tokens.curator(CURATOR)).contentType(JSON)
                .header("If-Match", etag).body(YearBodies.withCount(year, count))
                .when().put(year).then().statusCode(200).body("count", equalTo(count));
    }
}
