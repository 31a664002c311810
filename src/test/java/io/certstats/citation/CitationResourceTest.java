package io.certstats.citation;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.JsonLexer;
import de.undercouch.citeproc.helper.json.JsonParser;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citations, read back by maintained parsers (citeproc-java for CSL-JSON and RIS, JBibTeX for BibTeX)
 * and checked against the API's own JSON for the same figure and against sources.csv, for every program year.
 */
@QuarkusTest
class CitationResourceTest extends ApiTest {

    static final String CSL = "application/vnd.citationstyles.csl+json";
    static final String BIBTEX = "application/x-bibtex";
    static final String RIS = "application/x-research-info-systems";

    /** One item as the tests expect it, whatever the format it is read from. */
    record Item(String title, String url, String publisher, int[] issued, int[] accessed) {
    }

    @Test
    void theDatasetCitationNamesCertstatsAtItsVintage() throws Exception {
        Response read = given().accept(CSL).get("/api/v1/citation").then().statusCode(200)
                .contentType(startsWith(CSL)).extract().response();
        int[] vintage = parts(vintage(read.header("Last-Modified")));
        Item expected = new Item("certstats: AWS certification statistics",
                publicUrl() + "/api/v1" + asOf(read.header("Last-Modified")), "certstats", vintage, vintage);
        for (String format : List.of(CSL, BIBTEX, RIS)) {
            List<Item> items = items(format, "/api/v1/citation");
            assertEquals(1, items.size(), format);
            assertItem(expected, items.get(0), format);
        }
    }

    /** Every year of every program: certstats' copy first, then the figure's first source, as sources.csv describes it. */
    @Test
    void everyProgramYearCitesCertstatsAndItsOriginalSource() throws Exception {
        Map<String, CSVRecord> sources = sources();
        for (Object slug : given().get("/api/v1/programs?size=100").jsonPath().getList("items.slug")) {
            for (Object year : given().get("/api/v1/programs/" + slug + "/years?size=100").jsonPath()
                    .getList("items.year")) {
                String figure = "/api/v1/programs/" + slug + "/years/" + year;
                assertCitesFigure(figure, figure, view -> view.getString("name") + " " + year, sources);
            }
        }
    }

    @Test
    void everyPopulationCitesCertstatsAndItsOriginalSource() throws Exception {
        Map<String, CSVRecord> sources = sources();
        for (Object slug : given().get("/api/v1/populations?size=100").jsonPath().getList("items.slug")) {
            String figure = "/api/v1/populations/" + slug;
            assertCitesFigure(figure, figure, view -> view.getString("description"), sources);
        }
    }

    /** Every certification, asked by its slug and by each exam code: one citation, naming the slug's address. */
    @Test
    void everyCertificationCitesCertstatsAndItsOriginalSource() throws Exception {
        Map<String, CSVRecord> sources = sources();
        for (Object slug : given().get("/api/v1/certifications?size=100").jsonPath().getList("items.slug")) {
            String figure = "/api/v1/certifications/" + slug;
            assertCitesFigure(figure, figure, view -> view.getString("name"), sources);
        }
        JsonPath saa = given().accept(JSON).get("/api/v1/certifications/SAA-C03").jsonPath();
        assertCitesFigure("/api/v1/certifications/SAA-C03", "/api/v1/certifications/" + saa.getString("slug"),
                view -> view.getString("name"), sources);
    }

    /**
     * The citation of the figure read at {@code asked}, in each format, against that read's JSON: certstats' copy
     * (at {@code canonical}, dated by the read's Last-Modified), then the figure's first source.
     */
    private void assertCitesFigure(String asked, String canonical, java.util.function.Function<JsonPath, String> title,
                                   Map<String, CSVRecord> sources) throws Exception {
        Response json = given().accept(JSON).get(asked).then().statusCode(200).extract().response();
        JsonPath view = json.jsonPath();
        int[] vintage = parts(vintage(json.header("Last-Modified")));
        List<Item> expected = new ArrayList<>();
        expected.add(new Item(title.apply(view), publicUrl() + canonical + asOf(json.header("Last-Modified")), "certstats",
                vintage, vintage));
        String url = view.getString("source.links[0].url");
        if (url != null) {
            CSVRecord source = sources.get(url);
            String label = blank(view.getString("source.links[0].label"));
            String sourceTitle = blank(source.get("title")) != null ? source.get("title") : label != null ? label : url;
            String issued = blank(source.get("published_on")) != null ? source.get("published_on")
                    : view.getString("source.publishedOn");
            expected.add(new Item(sourceTitle, url, blank(source.get("publisher")), parts(issued),
                    parts(blank(source.get("accessed_on")))));
        }
        for (String format : List.of(CSL, BIBTEX, RIS)) {
            List<Item> items = items(format, asked + "/citation");
            assertEquals(expected.size(), items.size(), format + " " + asked);
            for (int i = 0; i < items.size(); i++) {
                assertItem(expected.get(i), items.get(i), format + " " + asked + " item " + i);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csl-json", "bibtex", "ris"})
    void formatChoosesAsAcceptDoes(String format) {
        String type = switch (format.toLowerCase()) {
            case "bibtex" -> BIBTEX;
            case "ris" -> RIS;
            default -> CSL;
        };
        String path = "/api/v1/programs/jp-all-certifications-engineers/years/2024/citation";
        String byAccept = given().accept(type).get(path).then().statusCode(200).extract().asString();
        given().get(path + "?format=" + format).then().statusCode(200).contentType(startsWith(type))
                .body(equalTo(byAccept));
    }

    @Test
    void withoutAcceptTheCitationIsCslJson() {
        given().get("/api/v1/citation").then().statusCode(200).contentType(startsWith(CSL));
    }

    @Test
    void aBadFormatIsA400Problem() {
        invalidRequest().get("/api/v1/citation?format=pdf").then().statusCode(400).contentType(startsWith(PROBLEM))
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors[0].parameter", equalTo("format"))
                .body("errors[0].message", containsString("csl-json, bibtex or ris"));
    }

    @Test
    void anUnknownFigureIsA404Problem() {
        given().accept(CSL).get("/api/v1/programs/jp-all-certifications-engineers/years/2019/citation").then()
                .statusCode(404).contentType(startsWith(PROBLEM)).body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("no year 2019"));
        given().accept(BIBTEX).get("/api/v1/programs/nope/years/2024/citation").then()
                .statusCode(404).contentType(startsWith(PROBLEM)).body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("'nope'"));
        given().accept(RIS).get("/api/v1/populations/nope/citation").then()
                .statusCode(404).contentType(startsWith(PROBLEM)).body("type", equalTo("/problems/not-found"));
        given().accept(CSL).get("/api/v1/certifications/XYZ-C01/citation").then()
                .statusCode(404).contentType(startsWith(PROBLEM)).body("type", equalTo("/problems/not-found"));
    }

    @Test
    void aCitationIsCachedWithAnETag() {
        String path = "/api/v1/programs/jp-all-certifications-engineers/years/2024/citation";
        Response first = given().accept(BIBTEX).get(path).then().statusCode(200).extract().response();
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertTrue(first.header("Cache-Control").startsWith("public"), first.header("Cache-Control"));
        given().accept(BIBTEX).header("If-None-Match", etag).get(path).then().statusCode(304)
                .header("ETag", etag);
        // another format is another representation, with its own validator
        String ris = given().accept(RIS).get(path).then().statusCode(200).extract().header("ETag");
        assertTrue(!etag.equals(ris), "BibTeX and RIS share an ETag");
    }

    private List<Item> items(String format, String path) throws Exception {
        String body = given().accept(format).get(path).then().statusCode(200).contentType(startsWith(format))
                .extract().asString();
        return switch (format) {
            case BIBTEX -> bibtex(body);
            case RIS -> new RISParser().parse(new StringReader(body)).getReferences().stream()
                    .map(CitationResourceTest::item).toList();
            default -> new JsonParser(new JsonLexer(new StringReader(body))).parseArray().stream()
                    .map(o -> { @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) o; return m; })
                    .map(CSLItemData::fromJson).map(CitationResourceTest::item).toList();
        };
    }

    /**
     * A RIS record as citeproc-java's parser reads it; its converter leaves RIS dates raw, so they are read
     * here as RIS writes them ({@code YYYY/MM/DD/}, empty parts unknown), the year checked against PY.
     */
    private static Item item(RISReference ris) {
        int[] issued = risDate(ris.getDate());
        if (issued != null) {
            assertEquals(String.valueOf(issued[0]), ris.getYear(), "PY against DA");
        }
        return new Item(ris.getTitle(), ris.getURL(), ris.getPublisher(), issued, risDate(ris.getAccessDate()));
    }

    private static int[] risDate(String date) {
        return date == null ? null : Arrays.stream(date.split("/")).filter(p -> !p.isEmpty())
                .mapToInt(Integer::parseInt).toArray();
    }

    private static Item item(CSLItemData data) {
        return new Item(data.getTitle(), data.getURL(), data.getPublisher(), parts(data.getIssued()),
                parts(data.getAccessed()));
    }

    /** JBibTeX's entries in order, their LaTeX read back as text; dates from biblatex's date (else year and month) and urldate. */
    private static List<Item> bibtex(String body) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(body));
        List<Item> items = new ArrayList<>();
        for (BibTeXEntry entry : database.getEntries().values()) {
            String date = text(entry, "date");
            String year = text(entry, "year");
            String month = text(entry, "month");
            int[] issued = date != null ? parts(date) : year == null ? null : month == null ? new int[]{Integer.parseInt(year)}
                    : new int[]{Integer.parseInt(year), List.of("jan", "feb", "mar", "apr", "may", "jun", "jul",
                    "aug", "sep", "oct", "nov", "dec").indexOf(month) + 1};
            items.add(new Item(latex(text(entry, "title")), text(entry, "url"), latex(text(entry, "publisher")),
                    issued, parts(text(entry, "urldate"))));
        }
        return items;
    }

    private static String text(BibTeXEntry entry, String field) {
        Value value = entry.getField(new Key(field));
        return value == null ? null : value.toUserString();
    }

    /** LaTeX read back as text by JBibTeX; its lexer knows ASCII only, so text with no command is taken as it is. */
    private static String latex(String text) throws Exception {
        return text == null || !text.contains("\\") ? text : new LaTeXPrinter().print(new LaTeXParser().parse(text));
    }

    private static void assertItem(Item expected, Item actual, String where) {
        assertEquals(expected.title(), actual.title(), where + " title");
        assertEquals(expected.url(), actual.url(), where + " URL");
        assertEquals(expected.publisher(), actual.publisher(), where + " publisher");
        assertArrayEquals(expected.issued(), actual.issued(), where + " issued");
        assertArrayEquals(expected.accessed(), actual.accessed(), where + " accessed");
    }

    /** The day the data last changed, as the read's Last-Modified gives it. */
    private static String vintage(String lastModified) {
        return ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** The query of certstats' copy at that vintage: asOf its Last-Modified, which a read with asOf answers from. */
    private static String asOf(String lastModified) {
        return "?asOf=" + ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static int[] parts(String iso) {
        return iso == null ? null : Arrays.stream(iso.split("-")).mapToInt(Integer::parseInt).toArray();
    }

    private static int[] parts(CSLDate date) {
        return date == null || date.getDateParts() == null ? null : date.getDateParts()[0];
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String publicUrl() {
        return ConfigProvider.getConfig().getValue("certstats.public-url", String.class).replaceAll("/+$", "");
    }

    /** sources.csv, by URL. */
    private static Map<String, CSVRecord> sources() throws Exception {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(CitationResourceTest.class
                .getResourceAsStream("/data/sources.csv")), StandardCharsets.UTF_8)) {
            Map<String, CSVRecord> byUrl = new HashMap<>();
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(row -> byUrl.put(row.get("url"), row));
            return byUrl;
        }
    }
}
