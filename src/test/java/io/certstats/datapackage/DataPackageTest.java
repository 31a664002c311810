package io.certstats.datapackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data package: a zip whose {@code datapackage.json} describes every CSV in it, each CSV the rows the
 * API's own reads serve (counted from those reads and the data files), through the read pipeline like any read.
 */
@QuarkusTest
class DataPackageTest extends ApiTest {

    static final String PATH = "/api/v1/datapackage";
    static final String ZIP = "application/zip";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String JAPAN = "jp-all-certifications-engineers";

    @Test
    void theZipHoldsTheDescriptorAndEveryResourceItDescribes() {
        Response answer = given().accept(ZIP).get(PATH).then().statusCode(200).contentType(ZIP)
                .header("Content-Disposition", "attachment; filename=\"certstats-datapackage.zip\"")
                .header("Cache-Control", startsWith("public")).extract().response();
        Map<String, byte[]> files = Zips.unzip(answer.asByteArray());
        JsonNode descriptor = json(files.get("datapackage.json"));
        assertEquals("tabular-data-package", descriptor.path("profile").asText());
        assertEquals("certstats", descriptor.path("name").asText());
        assertFalse(descriptor.path("title").asText().isBlank());
        assertEquals("Apache-2.0", descriptor.path("licenses").path(0).path("name").asText());
        assertFalse(descriptor.path("sources").isEmpty());

        // version and created are the data revision's date: what Last-Modified says
        ZonedDateTime lastModified = ZonedDateTime.parse(answer.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
        assertEquals(lastModified.withZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                LocalDate.parse(descriptor.path("version").asText()));
        assertEquals(lastModified.toInstant(), java.time.Instant.parse(descriptor.path("created").asText())
                .truncatedTo(ChronoUnit.SECONDS));

        Set<String> described = new TreeSet<>(Set.of("datapackage.json"));
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            String path = resource.path("path").asText();
            described.add(path);
            assertNotNull(files.get(path), name + ": " + path + " is not in the zip");
            assertEquals("tabular-data-resource", resource.path("profile").asText(), name);
            assertEquals("csv", resource.path("format").asText(), name);
            assertEquals("text/csv", resource.path("mediatype").asText(), name);
            assertEquals("utf-8", resource.path("encoding").asText(), name);
            JsonNode schema = resource.path("schema");
            assertEquals(List.of(""), strings(schema.path("missingValues")), name);
            List<CSVRecord> rows = csv(files.get(path));
            List<String> fields = StreamSupport.stream(schema.path("fields").spliterator(), false)
                    .map(f -> f.path("name").asText()).toList();
            assertEquals(fields, rows.get(0).toList(), name + ": the header is not the schema's fields");
            schema.path("fields").forEach(f -> assertFalse(f.path("type").asText().isBlank(), name + " " + f));
            List<String> key = strings(schema.path("primaryKey"));
            Set<List<String>> keys = new HashSet<>();
            for (CSVRecord row : rows.subList(1, rows.size())) {
                assertEquals(fields.size(), row.size(), name + " row " + row.getRecordNumber());
                List<String> values = key.stream().map(k -> row.get(fields.indexOf(k))).toList();
                assertTrue(values.stream().noneMatch(String::isEmpty), name + ": an empty key in " + row);
                assertTrue(key.isEmpty() || keys.add(values), name + ": key " + values + " twice");
            }
        }
        assertEquals(described, files.keySet(), "every file of the zip is described, and no more");
    }

    /** Each list read's table is the read's own CSV, byte for byte, and has its total of rows. */
    @Test
    void listTablesAreTheListReadsCsv() {
        Map<String, byte[]> files = Zips.unzip(given().accept(ZIP).get(PATH).then().statusCode(200).extract().asByteArray());
        for (String list : List.of("certifications", "programs", "populations")) {
            String read = "/api/v1/" + list + "?size=100";
            byte[] csv = given().accept("text/csv").get(read).then().statusCode(200).extract().asByteArray();
            assertArrayEquals(csv, files.get("data/" + list + ".csv"), list);
            int total = given().accept(JSON).get(read).then().statusCode(200).extract().path("total");
            assertEquals(total, csv(files.get("data/" + list + ".csv")).size() - 1, list);
        }
    }

    @Test
    void everyTableHasTheRowsOfTheReadsAndDataFiles() {
        Map<String, byte[]> files = Zips.unzip(given().accept(ZIP).get(PATH).then().statusCode(200).extract().asByteArray());
        JsonPath certifications = given().accept(JSON).get("/api/v1/certifications?size=100").then().extract().jsonPath();
        int examCodes = certifications.<List<?>>getList("items.examCodes").stream().mapToInt(List::size).sum();
        assertEquals(examCodes, rows(files, "exam-codes"));
        int years = 0;
        for (String program : given().accept(JSON).get("/api/v1/programs?size=100").then().extract().jsonPath()
                .<String>getList("items.slug")) {
            years += given().accept(JSON).get("/api/v1/programs/" + program + "/years?size=100").then()
                    .statusCode(200).extract().<Integer>path("total");
        }
        assertEquals(years, rows(files, "program-years"));
        assertEquals(DataFiles.rows("program-criteria.csv").size(), rows(files, "program-criteria"));
        assertEquals(DataFiles.rows("exam-fees.csv").size(), rows(files, "exam-fees"));
        assertEquals(DataFiles.rows("consumption-tax.csv").size(), rows(files, "consumption-tax"));
        assertEquals(DataFiles.rows("certification-benefits.csv").size(), rows(files, "certification-benefits"));
        assertEquals(DataFiles.rows("recertification.csv").size(), rows(files, "recertification"));

        // sources: every URL sources.csv describes and every URL a table cites, once each
        List<CSVRecord> sources = csv(files.get("data/sources.csv"));
        int url = sources.get(0).toList().indexOf("url");
        Set<String> listed = sources.subList(1, sources.size()).stream().map(r -> r.get(url)).collect(Collectors.toSet());
        assertEquals(sources.size() - 1, listed.size());
        Set<String> cited = new TreeSet<>(DataFiles.rows("sources.csv").stream().map(r -> r.required("url")).toList());
        files.forEach((path, bytes) -> {
            if (path.endsWith(".csv") && !path.equals("data/sources.csv")) {
                List<CSVRecord> rows = csv(bytes);
                int links = rows.get(0).toList().indexOf("source.links.url");
                rows.subList(1, rows.size()).forEach(r -> {
                    if (links >= 0 && !r.get(links).isEmpty()) {
                        cited.addAll(List.of(r.get(links).split(" \\| ")));
                    }
                });
            }
        });
        assertEquals(cited, new TreeSet<>(listed));
    }

    /** The program years carry the grade the data files give each count. */
    @Test
    void programYearsCarryTheirGrades() {
        Map<String, byte[]> files = Zips.unzip(given().accept(ZIP).get(PATH).then().statusCode(200).extract().asByteArray());
        List<CSVRecord> rows = csv(files.get("data/program-years.csv"));
        List<String> header = rows.get(0).toList();
        Map<String, String> grades = new LinkedHashMap<>();
        rows.subList(1, rows.size()).stream().filter(r -> r.get(header.indexOf("program")).equals(JAPAN))
                .forEach(r -> grades.put(r.get(header.indexOf("year")), r.get(header.indexOf("source.grade"))));
        Map<String, String> expected = new LinkedHashMap<>();
        DataFiles.rows("all-certifications-engineers.csv")
                .forEach(r -> expected.put(r.required("year"), DataFiles.grade(r)));
        expected.forEach((year, grade) -> assertEquals(grade, grades.get(year), year));
    }

    @Test
    void itIsAReadLikeAnyOther() {
        Response first = given().accept(ZIP).get(PATH).then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        assertNotNull(etag);
        given().accept(ZIP).header("If-None-Match", etag).get(PATH).then().statusCode(304).header("ETag", etag);
        given().accept(ZIP).header("If-Modified-Since", first.header("Last-Modified")).get(PATH).then().statusCode(304);
        given().get(PATH + "?format=zip").then().statusCode(200).contentType(ZIP).header("ETag", etag);
        assertArrayEquals(first.asByteArray(), given().accept("*/*").get(PATH).then().statusCode(200).extract().asByteArray());
    }

    @Test
    void anotherRepresentationIsAProblem() {
        given().accept(JSON).get(PATH).then().statusCode(406).contentType(startsWith(PROBLEM))
                .body("status", equalTo(406));
        invalidRequest().get(PATH + "?format=csv").then().statusCode(406).contentType(startsWith(PROBLEM));
        invalidRequest().get(PATH + "?format=tar").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("errors[0].parameter", equalTo("format"));
        invalidRequest().get(PATH + "?vintage=2024-01-01").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("type", equalTo("/problems/unknown-parameter"));
        // the package at a time before the data's history: no vintage to package
        given().get(PATH + "?asOf=2000-01-01").then().statusCode(404).contentType(startsWith(PROBLEM))
                .body("type", equalTo("/problems/no-vintage"));
    }

    private static int rows(Map<String, byte[]> files, String table) {
        return csv(files.get("data/" + table + ".csv")).size() - 1;
    }

    private static List<CSVRecord> csv(byte[] bytes) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(new String(bytes, StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
