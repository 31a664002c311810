package io.certstats.seed;

import io.certstats.DataFiles;
import io.certstats.Seconds;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A release of the data files (the seed migration run again, as the released application's start-up runs it)
 * against reads as of before it: they answer as before, byte for byte; the year's history names the release's
 * file; and what the release left as it was keeps its one version.
 */
@QuarkusTest
class ReleaseVintageTest extends ReleaseTest {

    private static final String YEARS_FILE = "all-certifications-engineers.csv";
    private static final String CRITERIA_FILE = "program-criteria.csv";

    @Test
    void readsAsOfBeforeAReleaseAnswerAsBeforeIt() throws Exception {
        SeedFile.Row counted = DataFiles.rows(YEARS_FILE, r -> r.text("count") != null).get(0);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + counted.integer("year");
        ExtractableResponse<Response> before = given().when().get(year).then().statusCode(200).extract();
        List<Map<String, Object>> versionsBefore = versions(year);
        long criteriaVersions = versionsOf("program_criterion");
        String beforeRelease = Seconds.secondAfterNow();

        int released = counted.integer("count") + 5;
        new NextRelease().set(YEARS_FILE, r -> r.integer("year").equals(counted.integer("year"))
                && r.required("program").equals(counted.required("program")), "count", released).deploy(flyway);
        revisions.refresh();

        given().when().get(year).then().statusCode(200).body("count", equalTo(released));
        ExtractableResponse<Response> asOf = given().when().get(year + "?asOf=" + beforeRelease).then().statusCode(200)
                .extract();
        assertArrayEquals(before.asByteArray(), asOf.asByteArray());
        assertEquals(before.header("ETag"), asOf.header("ETag"));

        List<Map<String, Object>> versions = versions(year);
        assertEquals(versionsBefore.size() + 1, versions.size(), versions.toString());
        Map<String, Object> latest = versions.get(versions.size() - 1);
        assertEquals(released, latest.get("count"));
        assertEquals("seed: " + YEARS_FILE, latest.get("recordedBy"));
        assertEquals(latest.get("from"), versions.get(versions.size() - 2).get("until"));
        // the release rewrote every row of the files; those it left as they were keep their one version
        assertEquals(criteriaVersions, versionsOf("program_criterion"));
    }

    /** A release whose criteria file names another certification for a year: the one it no longer lists goes. */
    @Test
    void aCriterionAReleaseNoLongerListsGoesAndIsThereAsOfBefore() throws Exception {
        SeedFile.Row dropped = DataFiles.rows(CRITERIA_FILE).get(0);
        String year = "/api/v1/programs/jp-all-certifications-engineers/years/" + dropped.integer("year");
        List<String> before = given().when().get(year).then().statusCode(200).extract().path("criteria.code");
        String added = DataFiles.rows("certifications.csv").stream().map(r -> r.required("id"))
                .filter(code -> !before.contains(code)).findFirst().orElseThrow();
        String beforeRelease = Seconds.secondAfterNow();

        new NextRelease().set(CRITERIA_FILE, r -> r.integer("year").equals(dropped.integer("year"))
                        && r.required("certification_id").equals(dropped.required("certification_id")),
                "certification_id", added).deploy(flyway);
        revisions.refresh();

        List<String> after = given().when().get(year).then().statusCode(200).extract().path("criteria.code");
        assertEquals(before.stream().map(c -> c.equals(dropped.required("certification_id")) ? added : c).sorted()
                .toList(), after.stream().sorted().toList());
        assertEquals(before, given().when().get(year + "?asOf=" + beforeRelease).then().statusCode(200)
                .extract().path("criteria.code"));
    }

    private static List<Map<String, Object>> versions(String year) {
        return given().when().get(year + "/history").then().statusCode(200).extract().jsonPath().getList("versions");
    }

    private long versionsOf(String table) throws SQLException {
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet result = sql.executeQuery("select count(*) from data_history where table_name = '" + table + "'")) {
            result.next();
            return result.getLong(1);
        }
    }
}
