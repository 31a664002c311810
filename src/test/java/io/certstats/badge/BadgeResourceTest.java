package io.certstats.badge;

import io.certstats.ApiTest;
import io.certstats.chart.Svg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The badges: shields.io's endpoint JSON with the figures of the reads they summarise, and the same badge as SVG. */
@QuarkusTest
class BadgeResourceTest extends ApiTest {

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    @Test
    void theCountBadgeSaysTheRarityReadsCount() {
        JsonPath rarity = given().when().get("/api/v1/rarity").then().statusCode(200).extract().jsonPath();
        given().when().get("/api/v1/badges/count").then().statusCode(200).contentType(startsWith(JSON))
                .body("schemaVersion", equalTo(1))
                .body("label", equalTo(rarity.getString("programName") + " " + rarity.getInt("year")))
                .body("message", equalTo(number(rarity.getLong("count"))))
                .body("color", equalTo("blue"));
    }

    @Test
    void theRarityBadgeSaysOneInHowMany() {
        JsonPath rarity = given().when().get("/api/v1/rarity?population=jp-it-companies").then().statusCode(200)
                .extract().jsonPath();
        long oneIn = new BigDecimal(rarity.getString("oneIn")).setScale(0, RoundingMode.HALF_UP).longValueExact();
        given().when().get("/api/v1/badges/rarity?population=jp-it-companies").then().statusCode(200)
                .body("message", equalTo("1 in " + number(oneIn)));
    }

    @Test
    void theCostBadgeSaysTheCostReadsTotals() {
        JsonPath cost = given().when().get("/api/v1/programs/jp-all-certifications-engineers/years/2025/cost")
                .then().statusCode(200).extract().jsonPath();
        given().when().get("/api/v1/badges/cost?year=2025").then().statusCode(200)
                .body("message", equalTo("¥" + number(cost.getLong("listPrice.totals.total")) + " list, ¥"
                        + number(cost.getLong("withVouchers.totals.total")) + " with vouchers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"count", "rarity", "cost"})
    void theSvgBadgeSaysWhatTheJsonSays(String badge) {
        JsonPath json = given().when().get("/api/v1/badges/" + badge).then().statusCode(200).extract().jsonPath();
        String etag = given().accept("image/svg+xml").when().get("/api/v1/badges/" + badge)
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).extract().header("ETag");
        String body = given().when().get("/api/v1/badges/" + badge + "?format=svg")
                .then().statusCode(200).contentType(startsWith("image/svg+xml")).header("ETag", etag)
                .extract().asString();
        // what a browser's <img> asks for
        given().accept("image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8").when()
                .get("/api/v1/badges/" + badge).then().statusCode(200).header("ETag", etag);
        given().accept("image/*").when().get("/api/v1/badges/" + badge).then().statusCode(200).header("ETag", etag);
        Svg svg = Svg.parse(body);
        assertEquals(json.getString("label"), svg.root().getAttribute("data-label"));
        assertEquals(json.getString("message"), svg.root().getAttribute("data-message"));
        assertEquals(json.getString("label") + ": " + json.getString("message"), svg.byId("badge-title").getTextContent());
        given().accept("image/svg+xml").header("If-None-Match", etag).when().get("/api/v1/badges/" + badge)
                .then().statusCode(304);
        assertNotEquals(etag, given().when().get("/api/v1/badges/" + badge).header("ETag"));
    }

    @Test
    void badParametersAreProblems() {
        invalidRequest().when().get("/api/v1/badges/count?year=20x4").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("year"));
        invalidRequest().when().get("/api/v1/badges/rarity?program=none").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("program"));
        invalidRequest().when().get("/api/v1/badges/cost?format=csv").then().statusCode(406).contentType(PROBLEM);
    }
}
