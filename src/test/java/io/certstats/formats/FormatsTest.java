package io.certstats.formats;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class FormatsTest extends ApiTest {

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))) {
            return parser.getRecords();
        }
    }

    private static JsonPath json(String path) {
        return given().config(RestAssured.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .accept(JSON).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String cell(Object value) {
        return value == null ? "" : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    /** The CSV of a request has one row per item of its JSON, and the same top-level values. */
    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/certifications?size=100",
            "/api/v1/certifications?level=SPECIALTY&page=2&size=3",
            "/api/v1/programs",
            "/api/v1/programs/jp-all-certifications-engineers/years",
            "/api/v1/populations",
            "/api/v1/rarity/matrix"})
    void csvOfAListHasTheRowsAndValuesOfItsJson(String path) throws IOException {
        JsonPath answer = json(path);
        String rowsPath = answer.get("cells") != null ? "cells" : "items";
        List<Map<String, Object>> items = answer.getList(rowsPath);
        byte[] csv = given().accept("text/csv").when().get(path).then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        List<CSVRecord> rows = parse(csv);
        assertEquals(items.size(), rows.size());
        for (int i = 0; i < items.size(); i++) {
            for (Map.Entry<String, Object> field : items.get(i).entrySet()) {
                CSVRecord row = rows.get(i);
                if (field.getValue() == null && !row.isMapped(field.getKey())) {
                    // A null object where other rows have one (a first year's change): its columns are empty.
                    row.toMap().forEach((column, value) -> {
                        if (column.startsWith(field.getKey() + ".")) {
                            assertEquals("", value, path + " " + column);
                        }
                    });
                } else if (!(field.getValue() instanceof Map) && !(field.getValue() instanceof List)) {
                    assertEquals(cell(field.getValue()), row.get(field.getKey()), path + " " + field.getKey());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/rarity", "/api/v1/rarity?count=1500&base=1575414",
            "/api/v1/certifications/SAA-C03", "/api/v1/populations/jp-it-companies"})
    void csvOfOneThingIsOneRowWithItsNestedValuesFlattened(String path) throws IOException {
        JsonPath answer = json(path);
        List<CSVRecord> rows = parse(given().accept("text/csv").when().get(path).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(1, rows.size());
        Map<String, Object> fields = answer.getMap("");
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (field.getValue() instanceof Map<?, ?> nested) {
                nested.forEach((name, value) -> {
                    if (!(value instanceof Map) && !(value instanceof List)) {
                        assertEquals(cell(value), rows.get(0).get(field.getKey() + "." + name));
                    }
                });
            } else if (!(field.getValue() instanceof List)) {
                assertEquals(cell(field.getValue()), rows.get(0).get(field.getKey()), field.getKey());
            }
        }
    }

    @Test
    void listsInACellAreJoinedInOrder() throws IOException {
        JsonPath answer = json("/api/v1/certifications/SAA-C03");
        CSVRecord row = parse(given().queryParam("format", "csv").when().get("/api/v1/certifications/SAA-C03")
                .then().statusCode(200).extract().asByteArray()).get(0);
        assertEquals(String.join(" | ", answer.getList("examCodes.code", String.class)), row.get("examCodes.code"));
        assertEquals(String.join(" | ", answer.getList("source.links.url", String.class)), row.get("source.links.url"));
    }

    @Test
    void japaneseNamesSurviveTheRoundTrip() throws IOException {
        List<CSVRecord> rows = parse(given().queryParam("format", "csv").queryParam("size", 100)
                .when().get("/api/v1/certifications").then().statusCode(200)
                .header("Content-Type", containsString("charset=UTF-8")).extract().asByteArray());
        for (var cert : DataFiles.rows("certifications.csv")) {
            CSVRecord row = rows.stream().filter(r -> r.get("slug").equals(cert.required("slug"))).findFirst()
                    .orElseThrow();
            assertEquals(cert.text("name_ja") == null ? "" : cert.text("name_ja"), row.get("nameJa"));
            assertEquals(cert.required("name_en"), row.get("name"));
        }
    }

    @Test
    void formatParameterAndAcceptHeaderGiveTheSameCsv() {
        String byParameter = given().queryParam("format", "csv").when().get("/api/v1/populations").asString();
        String byHeader = given().accept("text/csv").when().get("/api/v1/populations").asString();
        assertEquals(byHeader, byParameter);
        assertTrue(byParameter.contains("\r\n"), "RFC 4180 lines end with CRLF");
    }

    @Test
    void formatParameterWinsOverAccept() {
        given().accept("text/csv").queryParam("format", "json").when().get("/api/v1/populations")
                .then().statusCode(200).contentType(startsWith(JSON));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/certifications, certifications.csv",
            "/api/v1/programs/jp-all-certifications-engineers/years, programs-jp-all-certifications-engineers-years.csv",
            "/api/v1/rarity/matrix, rarity-matrix.csv"})
    void csvComesWithAFileName(String path, String fileName) {
        given().queryParam("format", "csv").when().get(path)
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xml", "", "CSV2", "json;csv"})
    void anUnknownFormatIsA400Problem(String format) {
        invalidRequest().queryParam("format", format).when().get("/api/v1/certifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].message", containsString("must be json or csv"));
    }

    @Test
    void prettyIndentsTheSameJson() {
        String compact = given().when().get("/api/v1/rarity").asString();
        String pretty = given().queryParam("pretty", "").when().get("/api/v1/rarity").asString();
        assertFalse(compact.contains("\n"));
        assertTrue(pretty.contains("\n  \"program\""));
        assertEquals(JsonPath.from(compact).getMap(""), JsonPath.from(pretty).getMap(""));
    }

    @Test
    void theIndexAnswersJsonOnly() {
        invalidRequest().accept("text/csv").when().get("/api/v1").then().statusCode(406).contentType(PROBLEM)
                .body("detail", not(containsString("Exception")));
    }
}
