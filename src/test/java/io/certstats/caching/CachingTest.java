package io.certstats.caching;

import io.agroal.api.AgroalDataSource;
import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CachingTest extends ApiTest {

    @Inject
    AgroalDataSource database;

    @Inject
    RepresentationCache cache;

    @ConfigProperty(name = "certstats.schema")
    String schema;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/certifications", "/api/v1/certifications/SAA-C03", "/api/v1/programs",
            "/api/v1/programs/jp-all-certifications-engineers/years/2025", "/api/v1/populations",
            "/api/v1/rarity", "/api/v1/rarity/matrix", "/api/v1"})
    void everyReadCarriesAStrongETagLastModifiedAndCacheControl(String path) {
        given().when().get(path).then().statusCode(200)
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]+\""))
                .header("Last-Modified", matchesPattern("[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT"))
                .header("Cache-Control", matchesPattern("public, max-age=\\d+"))
                .header("Vary", containsString("Accept"));
    }

    @Test
    void ifNoneMatchWithTheCurrentETagAnswers304WithoutBody() {
        String etag = given().when().get("/api/v1/populations").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", etag).when().get("/api/v1/populations")
                .then().statusCode(304).body(emptyString()).header("ETag", etag);
        given().header("If-None-Match", "\"other\", " + etag).when().get("/api/v1/populations")
                .then().statusCode(304);
        given().header("If-None-Match", "W/" + etag).when().get("/api/v1/populations")
                .then().statusCode(304);
        given().header("If-None-Match", "\"not-it\"").when().get("/api/v1/populations")
                .then().statusCode(200).header("ETag", etag);
    }

    @Test
    void ifModifiedSinceAnswers304UntilTheDataChanges() {
        String lastModified = given().when().get("/api/v1/programs").then().statusCode(200)
                .extract().header("Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get("/api/v1/programs")
                .then().statusCode(304).body(emptyString());
        String earlier = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusSeconds(1)
                .format(DateTimeFormatter.RFC_1123_DATE_TIME);
        given().header("If-Modified-Since", earlier).when().get("/api/v1/programs").then().statusCode(200);
        given().header("If-Modified-Since", "not a date").when().get("/api/v1/programs").then().statusCode(200);
    }

    @Test
    void eachRepresentationHasItsOwnETag() {
        String json = given().when().get("/api/v1/rarity").then().extract().header("ETag");
        String csv = given().queryParam("format", "csv").when().get("/api/v1/rarity").then().extract().header("ETag");
        String pretty = given().queryParam("pretty", "").when().get("/api/v1/rarity").then().extract().header("ETag");
        assertEquals(3, List.of(json, csv, pretty).stream().distinct().count());
    }

    @Test
    void theETagOfASingleResourceIsTheOneWritesCompareWith() {
        String etag = given().when().get("/api/v1/populations/jp-it-companies").then().extract().header("ETag");
        String body = given().when().get("/api/v1/populations/jp-it-companies").asString();
        assertEquals(ETags.of(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/json"), etag);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Response get = given().when().get("/api/v1/certifications");
        given().when().head("/api/v1/certifications")
                .then().statusCode(200).body(emptyString())
                .header("ETag", get.header("ETag"))
                .header("Link", get.header("Link"))
                .header("X-Total-Count", get.header("X-Total-Count"));
    }

    /** The links keep the other parameters in one canonical order (the resource's), whatever order they came in. */
    @Test
    void pagedListsLinkToTheirNeighboursKeepingTheOtherParameters() {
        invalidRequest().queryParam("level", "specialty").queryParam("size", 3).queryParam("page", 2) // lower case: beyond the enum
                .when().get("/api/v1/certifications")
                .then().statusCode(200)
                .header("X-Total-Count", String.valueOf(io.certstats.DataFiles.rows("certifications.csv",
                        r -> r.required("level").equals("Specialty")).size()))
                .header("Link", containsString("</api/v1/certifications?level=specialty&page=1&size=3>; rel=\"first\""))
                .header("Link", containsString("</api/v1/certifications?level=specialty&page=1&size=3>; rel=\"prev\""))
                .header("Link", containsString("</api/v1/certifications?level=specialty&page=3&size=3>; rel=\"next\""))
                .header("Link", containsString("</api/v1/certifications?level=specialty&page=3&size=3>; rel=\"last\""));
        given().queryParam("size", 100).when().get("/api/v1/populations")
                .then().header("Link", not(containsString("rel=\"next\""))).header("Link", not(containsString("prev")));
    }

    /**
     * The first request of an answer is rendered by its resource; the next ones are sent from memory
     * by another path (web/ReadPipeline's HTTP filter). A client must not be able to tell them apart:
     * same status, bytes and headers, the request id aside. The Accept header is made unique so
     * that the first request cannot have been kept by an earlier test. (That the repeat does come from
     * memory is what the tests that change the data unseen prove: this one holds with or without a cache.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/certifications?size=5", "/api/v1/rarity?format=csv", "/api/v1/populations?pretty",
            "/api/v1"})
    void anAnswerSentFromMemoryIsTheAnswerFirstRendered(String path) {
        String accept = "application/json, text/csv;q=0.9, text/x-unique-" + System.nanoTime() + ";q=0.1";
        Response rendered = given().header("Accept", accept).header("Origin", "https://dashboard.example").get(path);
        Response kept = given().header("Accept", accept).header("Origin", "https://dashboard.example").get(path);
        assertEquals(200, rendered.statusCode());
        assertEquals(rendered.statusCode(), kept.statusCode());
        assertArrayEquals(rendered.asByteArray(), kept.asByteArray());
        assertEquals(headersBesideTheRequestId(rendered), headersBesideTheRequestId(kept));

        String etag = rendered.header("ETag");
        Response notModified = given().header("Accept", accept).header("If-None-Match", etag).get(path);
        assertEquals(304, notModified.statusCode());
        assertEquals("", notModified.asString());
        assertEquals(etag, notModified.header("ETag"));
    }

    /**
     * A client that sends no Accept (Java's HttpClient), curl ({@code Accept: *}{@code /*}) and any
     * spelling of the same preference get one kept answer: the key is the negotiated representation,
     * not the header's text.
     */
    @Test
    void everySpellingOfOnePreferenceSharesOneKeptAnswer() throws Exception {
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/v1/populations?size=97");
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> none = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        long kept = cache.size();
        long weight = cache.weight();
        String notes = given().get("/api/v1/populations/jp-it-companies").path("source.notes");
        try {
            // every spelling gets the kept bytes, not the data as it is now
            setNotesUnseen(notes + " (changed behind the cache's back)");
            for (String accept : List.of("*/*", "application/json", "application/json;q=0.9",
                    "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8", "APPLICATION/JSON; q=0.5")) {
                HttpResponse<byte[]> same = client.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, same.statusCode(), accept);
                assertArrayEquals(none.body(), same.body(), accept);
            }
        } finally {
            setNotesUnseen(notes);
        }
        // A type wildcard is left to RESTEasy's negotiation (formats/Format.negotiate): rendered, not kept, same bytes.
        HttpResponse<byte[]> wildcard = client.send(HttpRequest.newBuilder(uri).header("Accept", "application/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wildcard.statusCode());
        assertArrayEquals(none.body(), wildcard.body());
        assertEquals(200, none.statusCode());
        assertEquals(kept, cache.size());
        assertEquals(weight, cache.weight());
    }

    /**
     * The same request spelt differently (parameter order, case of names, repeats, an empty value)
     * is one kept answer, with the same paging links.
     */
    @Test
    void everySpellingOfOneQuerySharesOneKeptAnswer() throws SQLException {
        Response first = invalidRequest().get("/api/v1/certifications?size=4&level=associate"); // lower case: read ignoring case
        long kept = cache.size();
        String slug = first.path("items[0].slug");
        String name = first.path("items[0].name");
        try {
            // every spelling gets the kept bytes, not the data as it is now
            setUnseen("certification", "name", slug, name + " (renamed behind the cache's back)");
            for (String query : List.of("level=associate&size=4", "LEVEL=associate&Size=4", "level=associate&size=4&size=9",
                    "level=associate&status=&size=4")) {
                Response same = invalidRequest().get("/api/v1/certifications?" + query); // spellings the spec does not list
                assertEquals(200, same.statusCode(), query);
                assertArrayEquals(first.asByteArray(), same.asByteArray(), query);
                assertEquals(first.header("Link"), same.header("Link"), query);
            }
        } finally {
            setUnseen("certification", "name", slug, name);
        }
        assertEquals(kept, cache.size());
    }

    /**
     * A hit is served from memory: the data is changed in PostgreSQL without bumping the data
     * revision (triggers off for that one session), and the kept answer, not the new data, is served.
     */
    @Test
    void aHitIsServedFromMemoryWithoutReadingTheDatabase() throws SQLException {
        String path = "/api/v1/populations/jp-it-companies?pretty";
        String notes = given().get(path).then().statusCode(200).extract().path("source.notes");
        long weight = cache.weight();
        try {
            setNotesUnseen(notes + " (changed behind the cache's back)");
            given().get(path).then().statusCode(200).body("source.notes", equalTo(notes));
            // without the cache, the same read shows the change
            given().header("Authorization", "Basic Zm9vOmJhcg==").get(path).then().statusCode(200)
                    .body("source.notes", equalTo(notes + " (changed behind the cache's back)"));
        } finally {
            setNotesUnseen(notes);
        }
        assertTrue(cache.size() > 0 && weight > 0, "the answer is kept: " + cache.size() + " entries, " + weight + " bytes");
        assertEquals(weight, cache.weight());
    }

    private void setNotesUnseen(String notes) throws SQLException {
        setUnseen("population", "notes", "jp-it-companies", notes);
    }

    /** Sets one column of the row with this slug without bumping the data revision: a change no cache can notice. */
    private void setUnseen(String table, String column, String slug, String value) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.createStatement().execute("set session_replication_role = replica");
            try (PreparedStatement update = c.prepareStatement(
                    "update " + schema + "." + table + " set " + column + " = ? where slug = ?")) {
                update.setString(1, value);
                update.setString(2, slug);
                assertEquals(1, update.executeUpdate());
            } finally {
                c.createStatement().execute("set session_replication_role = origin");
            }
        }
    }

    /**
     * A query parameter the operation does not declare is refused with a problem naming it and
     * listing the accepted ones (read here from the API document), and no answer is kept for it.
     */
    @Test
    void anUnknownParameterIsRefusedAndNothingIsKept() {
        String path = "/api/v1/certifications";
        List<String> accepted = new java.util.ArrayList<>(given().get("/q/openapi?format=json").jsonPath()
                .getList("paths.'" + path + "'.get.parameters.findAll { it.in == 'query' }.name", String.class));
        accepted.remove("format");
        accepted.addAll(List.of("format", "pretty"));
        String list = String.join(", ", accepted);
        given().get(path + "?size=2").then().statusCode(200);
        long kept = cache.size();
        for (int i = 0; i < 20; i++) {
            invalidRequest().header("Accept", i % 2 == 0 ? "text/csv" : "application/json")
                    .get(path + "?size=2&zz=" + i + "&Yy" + i)
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("/problems/unknown-parameter"))
                    .body("title", equalTo("Unknown parameter"))
                    .body("status", equalTo(400))
                    .body("instance", equalTo(path))
                    .body("detail", equalTo("zz, Yy" + i + " are not query parameters of GET " + path
                            + ", which accepts " + list + "."))
                    .body("errors.parameter", equalTo(List.of("zz", "Yy" + i)))
                    .body("errors.in", equalTo(List.of("query", "query")))
                    .body("errors.message", equalTo(List.of("is not a parameter of this operation; it accepts " + list,
                            "is not a parameter of this operation; it accepts " + list)))
                    .header("Cache-Control", nullValue());
        }
        assertEquals(kept, cache.size());
    }

    private static Map<String, String> headersBesideTheRequestId(Response answer) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answer.headers().forEach(h -> headers.merge(h.getName(), h.getValue(), (a, b) -> a + ", " + b));
        headers.remove("X-Request-Id");
        return headers;
    }

    @Test
    void errorsAreNotCached() {
        given().when().get("/api/v1/populations/nowhere")
                .then().statusCode(404).header("ETag", nullValue()).header("Cache-Control", nullValue());
    }

    @Test
    void answersAreCompressedForClientsThatAcceptGzip() {
        given().header("Accept-Encoding", "gzip").when().get("/api/v1/certifications?size=100")
                .then().statusCode(200).header("Content-Encoding", "gzip");
        given().header("Accept-Encoding", "gzip").queryParam("format", "csv").when().get("/api/v1/certifications")
                .then().statusCode(200).header("Content-Encoding", "gzip");
    }

    /**
     * A public answer is the same for every caller, so a shared cache may give one caller's copy to
     * the next: it must not name the first caller's Origin. With any origin allowed (the default),
     * it says {@code *}; {@code Vary} lists what the answer does depend on.
     */
    @Test
    void aPublicAnswerNamesNoCallersOrigin() {
        String path = "/api/v1/rarity?year=2024";
        for (String origin : List.of("https://one.example", "https://two.example", "null")) {
            given().header("Origin", origin).get(path).then().statusCode(200)
                    .header("Access-Control-Allow-Origin", "*")
                    .header("Vary", "Accept, Accept-Encoding")
                    .header("Cache-Control", matchesPattern("public, max-age=\\d+"));
        }
        given().get(path).then().statusCode(200).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void browsersOnOtherOriginsMayRead() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/rarity")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://dashboard.example").when().get("/api/v1/rarity")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
    }

    /** A change made straight in PostgreSQL, as another instance's write would be, reaches this one. */
    @Test
    void aDataChangeChangesTheETagAndLastModifiedWithinSeconds() throws Exception {
        String path = "/api/v1/populations/jp-it-companies";
        Response before = given().when().get(path);
        String notes = before.path("source.notes");
        String edited = notes + " (edited by a test)";
        try {
            setNotes(edited);
            Response after = await(path, answer -> edited.equals(answer.path("source.notes")));
            assertNotEquals(before.header("ETag"), after.header("ETag"));
            assertTrue(!lastModified(after).isBefore(lastModified(before)));
            given().header("If-None-Match", before.header("ETag")).when().get(path).then().statusCode(200);
        } finally {
            setNotes(notes);
        }
        // the same data again gives the same ETag again
        Response restored = await(path, answer -> notes.equals(answer.path("source.notes")));
        assertEquals(before.header("ETag"), restored.header("ETag"));
    }

    private static ZonedDateTime lastModified(Response answer) {
        return ZonedDateTime.parse(answer.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME);
    }

    /** The first answer that satisfies the condition, within 5 s (the API checks for changes every second). */
    private static Response await(String path, java.util.function.Predicate<Response> condition)
            throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            Response answer = given().when().get(path);
            if (condition.test(answer)) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the change did not reach " + path + " within 5 s");
            }
            Thread.sleep(100);
        }
    }

    private void setNotes(String notes) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement update = c.prepareStatement("update " + schema + ".population set notes = ? where slug = ?")) {
            update.setString(1, notes);
            update.setString(2, "jp-it-companies");
            assertEquals(1, update.executeUpdate());
        }
    }
}
