package io.certstats.chart;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The charts: each parsed as XML, its figures (the data-* attributes and the labels drawn) compared with
 * the JSON answer of the read it illustrates; the language by lang and Accept-Language; the caching
 * every read has; bad parameters as problems.
 */
@QuarkusTest
class ChartResourceTest extends ApiTest {

    static final String SVG = "image/svg+xml";
    static final String PROGRAM = "jp-all-certifications-engineers";

    static Svg chart(String path) {
        String body = given().accept(SVG).when().get(path)
                .then().statusCode(200).contentType(startsWith(SVG))
                .header("Cache-Control", startsWith("public"))
                .header("Vary", containsString("Accept-Language"))
                .extract().asString();
        Svg svg = Svg.parse(body);
        svg.hasDarkStyle();
        return svg;
    }

    static Properties labels(String lang) {
        Properties labels = new Properties();
        try (var in = ChartResourceTest.class.getClassLoader()
                .getResourceAsStream("templates/charts/labels_" + lang + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return labels;
    }

    static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    @Test
    void countsAreTheYearsTheApiLists() {
        JsonPath years = given().when().get("/api/v1/programs/" + PROGRAM + "/years?size=100")
                .then().statusCode(200).extract().jsonPath();
        Svg svg = chart("/api/v1/charts/counts?lang=en");
        List<Map<String, Object>> items = years.getList("items");
        assertEquals(items.size(), svg.with("data-year").size());
        String unknown = labels("en").getProperty("unknown");
        Map<String, Object> latest = null;
        for (Map<String, Object> year : items) {
            Element drawn = svg.where("data-year", String.valueOf(year.get("year")));
            Object count = year.get("count");
            if (count == null) {
                assertFalse(drawn.hasAttribute("data-count"), year + " has no count");
                assertTrue(drawn.getTextContent().contains(unknown), "a gap labelled " + unknown);
                assertEquals("gap", ((Element) drawn.getElementsByTagNameNS(Svg.NAMESPACE, "rect").item(0)).getAttribute("class"));
            } else {
                assertEquals(String.valueOf(count), drawn.getAttribute("data-count"));
                assertTrue(drawn.getTextContent().contains(number(((Number) count).longValue())));
                latest = year;
            }
        }
        // the footer: the latest count's source and when it was published
        @SuppressWarnings("unchecked") Map<String, Object> source = (Map<String, Object>) latest.get("source");
        @SuppressWarnings("unchecked") List<Map<String, Object>> links = (List<Map<String, Object>>) source.get("links");
        String footer = svg.all("text").stream().filter(t -> t.getAttribute("class").contains("source"))
                .map(Element::getTextContent).collect(Collectors.joining("\n"));
        links.forEach(link -> assertTrue(footer.contains((String) link.get("url")), footer));
        assertTrue(footer.contains((String) source.get("publishedOn")), footer);
        assertEquals("720", svg.root().getAttribute("width"));
    }

    @Test
    void rarityIsTheMatrixOfTheLatestCountedYear() {
        JsonPath matrix = given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                        .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .when().get("/api/v1/rarity/matrix").then().statusCode(200).extract().jsonPath();
        int year = matrix.getInt("years[-1].year");
        Svg svg = chart("/api/v1/charts/rarity?lang=en");
        assertEquals(String.valueOf(year), svg.root().getAttribute("data-year"));
        List<Map<String, Object>> cells = matrix.<Map<String, Object>>getList("cells").stream()
                .filter(c -> ((Number) c.get("year")).intValue() == year).toList();
        assertEquals(cells.size(), svg.with("data-population").size());
        for (Map<String, Object> cell : cells) {
            Element bar = svg.where("data-population", (String) cell.get("population"));
            assertEquals(String.valueOf(cell.get("count")), bar.getAttribute("data-count"));
            assertEquals(String.valueOf(cell.get("base")), bar.getAttribute("data-base"));
            BigDecimal oneIn = new BigDecimal(String.valueOf(cell.get("oneIn")));
            assertEquals(0, oneIn.compareTo(new BigDecimal(bar.getAttribute("data-one-in"))), cell.toString());
            String label = labels("en").getProperty("rarity.oneIn")
                    .replace("{0}", number(oneIn.setScale(0, java.math.RoundingMode.HALF_UP).longValue()));
            assertTrue(bar.getTextContent().contains(label), bar.getTextContent() + " shows " + label);
        }
    }

    @Test
    void costIsTheProgramYearsCost() {
        JsonPath cost = given().when().get("/api/v1/programs/" + PROGRAM + "/years/2025/cost")
                .then().statusCode(200).extract().jsonPath();
        Svg svg = chart("/api/v1/charts/cost?year=2025&lang=ja");
        assertEquals("ja", svg.root().getAttribute("lang"));
        assertEquals(0, new BigDecimal(cost.getString("listPrice.totals.total"))
                .compareTo(new BigDecimal(svg.where("data-plan", "list").getAttribute("data-total"))));
        assertEquals(0, new BigDecimal(cost.getString("withVouchers.totals.total"))
                .compareTo(new BigDecimal(svg.where("data-plan", "vouchers").getAttribute("data-total"))));
        assertEquals(0, new BigDecimal(cost.getString("savedByVouchers"))
                .compareTo(new BigDecimal(svg.with("data-saved").get(0).getAttribute("data-saved"))));
        assertTrue(svg.text().contains(number(cost.getLong("listPrice.totals.total")) + "円"), svg.text());
        cost.<String>getList("sources.url").forEach(url -> assertTrue(svg.text().contains(url), url));
    }

    @Test
    void recertificationIsThePlansGraph() {
        JsonPath plan = given().when().get("/api/v1/recertification?year=2025")
                .then().statusCode(200).extract().jsonPath();
        Svg svg = chart("/api/v1/charts/recertification?year=2025");
        List<Map<String, Object>> nodes = plan.getList("graph.nodes");
        assertEquals(nodes.size(), svg.with("data-certification").size());
        for (Map<String, Object> node : nodes) {
            assertEquals(String.valueOf(node.get("renewalExam")),
                    svg.where("data-certification", (String) node.get("certification")).getAttribute("data-renewal-exam"));
        }
        Set<String> edges = plan.<Map<String, Object>>getList("graph.edges").stream()
                .map(e -> e.get("renewing") + "→" + e.get("alsoRenews")).collect(Collectors.toSet());
        Set<String> drawn = svg.with("data-renewing").stream()
                .map(e -> e.getAttribute("data-renewing") + "→" + e.getAttribute("data-also-renews"))
                .collect(Collectors.toCollection(HashSet::new));
        assertEquals(edges, drawn);
        assertEquals(String.valueOf(plan.getInt("year")), svg.root().getAttribute("data-year"));
    }

    @Test
    void theLanguageIsLangElseAcceptLanguage() {
        String japaneseTitle = labels("ja").getProperty("unknown");
        Svg byHeader = Svg.parse(given().accept(SVG).header("Accept-Language", "ja-JP,ja;q=0.9,en;q=0.8")
                .when().get("/api/v1/charts/counts").then().statusCode(200).extract().asString());
        assertEquals("ja", byHeader.root().getAttribute("lang"));
        assertTrue(byHeader.text().contains(japaneseTitle));
        // kept answers are per language: the same URL asked in English is English
        Svg english = Svg.parse(given().accept(SVG).header("Accept-Language", "en-GB")
                .when().get("/api/v1/charts/counts").then().statusCode(200).extract().asString());
        assertEquals("en", english.root().getAttribute("lang"));
        // (lang in upper case is outside the spec's enumeration, which lists what clients send; the server reads any case)
        Svg byParameter = Svg.parse(invalidRequest().accept(SVG).header("Accept-Language", "ja")
                .when().get("/api/v1/charts/counts?lang=EN").then().statusCode(200).extract().asString());
        assertEquals("en", byParameter.root().getAttribute("lang"));
        Svg neither = Svg.parse(given().accept(SVG).header("Accept-Language", "fr-FR, de;q=0.5")
                .when().get("/api/v1/charts/counts").then().statusCode(200).extract().asString());
        assertEquals("en", neither.root().getAttribute("lang"));
        for (String odd : new String[] {";;;", ",", "x".repeat(3000), "ja;q=abc"}) {
            given().accept(SVG).header("Accept-Language", odd).when().get("/api/v1/charts/cost")
                    .then().statusCode(200).contentType(startsWith(SVG));
        }
    }

    @Test
    void theWidthIsTheOneAskedFor() {
        assertEquals("320", chart("/api/v1/charts/rarity?width=320").root().getAttribute("width"));
        assertEquals("1600", chart("/api/v1/charts/recertification?width=1600").root().getAttribute("width"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"counts", "rarity", "cost", "recertification"})
    void aChartIsCachedAndRevalidatedLikeEveryRead(String chart) {
        Response first = given().accept(SVG).when().get("/api/v1/charts/" + chart + "?lang=ja");
        first.then().statusCode(200);
        String etag = first.header("ETag");
        given().accept(SVG).header("If-None-Match", etag).when().get("/api/v1/charts/" + chart + "?lang=ja")
                .then().statusCode(304).header("ETag", etag);
        // ?format=svg names the same representation; the English one is another
        given().when().get("/api/v1/charts/" + chart + "?lang=ja&format=svg").then().statusCode(200)
                .header("ETag", etag).contentType(startsWith(SVG));
        assertNotEquals(etag, given().accept(SVG).when().get("/api/v1/charts/" + chart + "?lang=en").header("ETag"));
        given().accept(SVG).when().get("/api/v1/charts/" + chart + "?lang=ja")
                .then().header("Content-Security-Policy", containsString("style-src 'unsafe-inline'"))
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    @ParameterizedTest
    @CsvSource({"width=10, width, from 320 to 1600", "width=1601, width, from 320 to 1600",
            "width=wide, width, whole number", "lang=fr, lang, must be one of", "year=1999, year, from 2000 to 2100"})
    void badParametersAre400Problems(String query, String parameter, String message) {
        for (String chart : List.of("rarity", "cost", "recertification")) {
            invalidRequest().accept(SVG).when().get("/api/v1/charts/" + chart + "?" + query)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/bad-parameter"))
                    .body("errors.parameter", hasItems(parameter))
                    .body("errors[0].message", containsString(message));
        }
    }

    @Test
    void twoBadParametersAreNamedTogether() {
        invalidRequest().accept(SVG).when().get("/api/v1/charts/counts?width=0&lang=de")
                .then().statusCode(400).contentType(PROBLEM).body("errors.parameter", hasItems("width", "lang"));
    }

    @Test
    void aChartIsNoJson() {
        invalidRequest().when().get("/api/v1/charts/counts?format=json")
                .then().statusCode(406).contentType(PROBLEM).body("type", equalTo("/problems/not-acceptable"));
        invalidRequest().accept("application/json").when().get("/api/v1/charts/counts")
                .then().statusCode(406).contentType(PROBLEM);
    }
}
