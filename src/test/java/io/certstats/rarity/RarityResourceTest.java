package io.certstats.rarity;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RarityResourceTest extends ApiTest {

    private static final String JAPAN = "jp-all-certifications-engineers";

    /** Reads JSON numbers as doubles, so that the expected values below can be computed independently. */
    private static RequestSpecification request() {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static SeedFile.Row latestPublished() {
        return DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null).stream()
                .max(java.util.Comparator.comparing(r -> r.integer("year"))).orElseThrow();
    }

    private static SeedFile.Row base(String slug) {
        return DataFiles.row("population-bases.csv", "key", slug.replace('-', '_'));
    }

    /**
     * Within a relative 1e-12 of the double quotient: the API computes in decimal to 16 digits. A whole
     * quotient (850,000 / 340 = 2500) is written without a fraction and read as an integer, so any number.
     */
    private static org.hamcrest.Matcher<Object> about(double expected) {
        return new org.hamcrest.FeatureMatcher<Object, Double>(closeTo(expected, Math.abs(expected) * 1e-12),
                "a number", "number") {
            @Override
            protected Double featureValueOf(Object actual) {
                return ((Number) actual).doubleValue();
            }
        };
    }

    @Test
    void defaultsToTheLatestPublishedCountAgainstItCompanyEmployees() {
        SeedFile.Row year = latestPublished();
        SeedFile.Row base = base("jp-it-company-employees");
        double count = year.integer("count");
        double value = Long.parseLong(base.required("value"));
        request().when().get("/api/v1/rarity")
                .then().statusCode(200).contentType(JSON)
                .body("program", equalTo(JAPAN))
                .body("year", equalTo(year.integer("year")))
                .body("programName", equalTo(year.required("program")))
                .body("count", equalTo(year.integer("count")))
                .body("countSource.links.url", equalTo(io.certstats.provenance.SourceLink.parseAll(
                        year.required("source_url")).stream().map(io.certstats.provenance.SourceLink::url).toList()))
                .body("countSource.publishedOn", equalTo(year.text("published_on")))
                .body("countSource.notes", equalTo(year.text("notes")))
                .body("base.slug", equalTo("jp-it-company-employees"))
                .body("base.value", equalTo(Integer.valueOf(base.required("value"))))
                .body("base.unit", equalTo(base.required("unit")))
                .body("base.source.links.url", equalTo(java.util.List.of(base.required("source_url"))))
                .body("ratio", about(count / value))
                .body("percent", about(count * 100 / value))
                .body("perMillion", about(count * 1_000_000 / value))
                .body("oneIn", about(value / count))
                .body("notes", hasItem(containsString("not known")));
    }

    @Test
    void measuresEveryPublishedYearAgainstEveryBase() {
        for (SeedFile.Row year : DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null)) {
            for (SeedFile.Row base : DataFiles.rows("population-bases.csv")) {
                double count = year.integer("count");
                double value = Long.parseLong(base.required("value"));
                String slug = base.required("key").replace('_', '-');
                request().queryParam("program", JAPAN).queryParam("year", year.integer("year"))
                        .queryParam("population", slug)
                        .when().get("/api/v1/rarity")
                        .then().statusCode(200)
                        .body("base.slug", equalTo(slug))
                        .body("ratio", about(count / value))
                        .body("percent", about(count * 100 / value))
                        .body("oneIn", about(value / count))
                        .body("countSource.grade", equalTo(DataFiles.grade(year)))
                        .body("base.source.grade", equalTo(DataFiles.grade(base)))
                        .body("grade", equalTo(DataFiles.weakestGrade(year, base)));
            }
        }
    }


    @Test
    void notesABaseOfAnotherYearAndABaseOfAnotherUnit() {
        SeedFile.Row year = latestPublished();
        SeedFile.Row dated = DataFiles.rows("population-bases.csv", r -> r.text("as_of") != null).get(0);
        request().queryParam("population", dated.required("key").replace('_', '-'))
                .when().get("/api/v1/rarity")
                .then().statusCode(200)
                .body("notes", hasItem("The base's figure is as of " + dated.required("as_of")
                        + "; the count is for " + year.integer("year") + "."));
        request().queryParam("population", "jp-it-companies")
                .when().get("/api/v1/rarity")
                .then().statusCode(200)
                .body("notes", hasItem(containsString("the base counts companies")));
    }

    @Test
    void measuresTheOtherProgramsCountsToo() {
        SeedFile.Row row = DataFiles.rows("related-recognitions.csv").get(0);
        request().queryParam("program", "jp-aws-jr-champions").queryParam("year", row.integer("year"))
                .when().get("/api/v1/rarity")
                .then().statusCode(200)
                .body("count", equalTo(row.integer("count")))
                .body("countSource.inferred", equalTo(java.util.List.of(row.text("inferred"))))
                .body("grade", equalTo(DataFiles.weakestGrade(row, base(RarityService.DEFAULT_POPULATION))));
    }

    @Test
    void answersNoCountProblemForAYearWithoutPublishedCount() {
        for (SeedFile.Row gap : DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") == null)) {
            int year = gap.integer("year");
            given().queryParam("year", year).when().get("/api/v1/rarity")
                    .then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("/problems/no-count"))
                    .body("title", equalTo("No count published"))
                    .body("detail", containsString("No count is published for program '" + JAPAN + "' in " + year));
        }
    }

    @Test
    void computesACallersOwnNumbersWithoutProvenance() {
        long count = 1500;
        long base = 1_575_414;
        request().queryParam("count", count).queryParam("base", base).when().get("/api/v1/rarity")
                .then().statusCode(200)
                .body("program", nullValue())
                .body("year", nullValue())
                .body("countSource", nullValue())
                .body("grade", nullValue())
                .body("count", equalTo((int) count))
                .body("base.value", equalTo((int) base))
                .body("ratio", about((double) count / base))
                .body("oneIn", about((double) base / count))
                .body("notes", empty());
    }

    @Test
    void aZeroCountHasNoOneIn() {
        request().queryParam("count", 0).queryParam("base", 10).when().get("/api/v1/rarity")
                .then().statusCode(200).body("ratio", equalTo(0)).body("oneIn", nullValue());
    }

    @ParameterizedTest
    @CsvSource({
            "count=-1&base=10, count, must be a whole number, 0 or more",
            "count=1&base=0, base, must be a whole number, 1 or more",
            "count=11&base=10, count, must not be larger than base",
            "count=abc&base=10, count, must be a whole number, 0 or more",
            "count=5, base, is required with count",
            "base=5, count, is required with base",
            "count=1&base=2&year=2024, year, cannot be combined with count and base",
            "year=abc, year, must be a whole number from 2000 to 2100",
            "year=1800, year, must be a whole number from 2000 to 2100",
            "population=nowhere, population, must be one of the population bases at /api/v1/populations",
            "program=nothing, program, must be one of the programs at /api/v1/programs"})
    void answers400ProblemNamingTheBadParameter(String query, String parameter, String message) {
        invalidRequest().when().get("/api/v1/rarity?" + query)
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].message", containsString(message));
    }
}
