package io.certstats.population;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PopulationResourceTest extends ApiTest {

    private static String slug(SeedFile.Row row) {
        return row.required("key").replace('_', '-');
    }

    @Test
    void listsEveryPopulationBaseOfTheDataFiles() {
        List<SeedFile.Row> rows = DataFiles.rows("population-bases.csv");
        given().when().get("/api/v1/populations")
                .then().statusCode(200).contentType(JSON)
                .body("total", equalTo(rows.size()))
                .body("items.slug", equalTo(rows.stream().map(PopulationResourceTest::slug).sorted().toList()));
    }

    @Test
    void servesEachBaseWithItsValueUnitAsOfAndSource() {
        for (SeedFile.Row row : DataFiles.rows("population-bases.csv")) {
            given().when().get("/api/v1/populations/" + slug(row))
                    .then().statusCode(200)
                    .body("description", equalTo(row.required("description")))
                    .body("value", equalTo(Integer.valueOf(row.required("value"))))
                    .body("unit", equalTo(row.required("unit")))
                    .body("asOf", equalTo(row.text("as_of")))
                    .body("source.notes", equalTo(row.text("notes")))
                    .body("source.grade", equalTo(row.required("grade").toUpperCase(java.util.Locale.ROOT)))
                    .body("source.links.url", equalTo(List.of(row.required("source_url"))));
        }
    }

    @Test
    void servesTheSeedArticlesTwoBasesUnderTheirDocumentedSlugs() {
        given().when().get("/api/v1/populations/jp-it-companies").then().statusCode(200)
                .body("value", equalTo(Integer.valueOf(DataFiles.row("population-bases.csv", "key", "jp_it_companies")
                        .required("value"))));
        given().when().get("/api/v1/populations/jp-it-company-employees").then().statusCode(200)
                .body("unit", equalTo("people"));
    }

    @Test
    void answers404ProblemForAnUnknownBase() {
        given().when().get("/api/v1/populations/jp_it_companies")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("'jp_it_companies'"));
    }

    @Test
    void answers400ProblemForBadPaging() {
        invalidRequest().queryParam("size", 0).when().get("/api/v1/populations")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].parameter", equalTo("size"));
    }
}
