package io.certstats.rarity;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RarityMatrixResourceTest extends ApiTest {

    @Test
    void measuresEveryPublishedYearAgainstEveryBase() {
        List<SeedFile.Row> years = DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null);
        List<SeedFile.Row> bases = DataFiles.rows("population-bases.csv");
        JsonPath matrix = given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .when().get("/api/v1/rarity/matrix")
                .then().statusCode(200)
                .body("program", equalTo("jp-all-certifications-engineers"))
                .body("years", hasSize(years.size()))
                .body("populations", hasSize(bases.size()))
                .body("cells", hasSize(years.size() * bases.size()))
                .extract().jsonPath();
        for (SeedFile.Row year : years) {
            for (SeedFile.Row base : bases) {
                String cell = "cells.find { it.year == " + year.integer("year") + " && it.population == '"
                        + base.required("key").replace('_', '-') + "' }.";
                double count = year.integer("count");
                double value = Long.parseLong(base.required("value"));
                org.hamcrest.MatcherAssert.assertThat(matrix.getDouble(cell + "ratio"),
                        closeTo(count / value, count / value * 1e-12));
                org.hamcrest.MatcherAssert.assertThat(matrix.getDouble(cell + "oneIn"),
                        closeTo(value / count, value / count * 1e-12));
                org.junit.jupiter.api.Assertions.assertEquals(year.integer("count"), matrix.getInt(cell + "count"));
                org.junit.jupiter.api.Assertions.assertEquals(DataFiles.weakestGrade(year, base),
                        matrix.getString(cell + "grade"));
            }
        }
    }

    @Test
    void aRangeWithoutPublishedYearsIsAnEmptyMatrix() {
        int first = DataFiles.rows("all-certifications-engineers.csv").stream().mapToInt(r -> r.integer("year"))
                .min().orElseThrow();
        given().queryParam("to", first - 1).when().get("/api/v1/rarity/matrix")
                .then().statusCode(200).body("cells", hasSize(0)).body("years", hasSize(0));
    }

    @ParameterizedTest
    @CsvSource({"from=2030&to=2020, from, must not be after to", "from=abc, from, from 2000 to 2100",
            "program=none, program, must be one of the programs"})
    void badParametersAre400Problems(String query, String parameter, String message) {
        invalidRequest().when().get("/api/v1/rarity/matrix?" + query)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].message", containsString(message));
    }
}
