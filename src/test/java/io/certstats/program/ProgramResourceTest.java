package io.certstats.program;

import io.certstats.ApiTest;
import io.certstats.DataFiles;
import io.certstats.provenance.SourceLink;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class ProgramResourceTest extends ApiTest {

    private static final String JAPAN = "jp-all-certifications-engineers";

    /** Each program's name as the year files write it, mapped to its slug, from programs.csv. */
    private static Map<String, String> slugsByName() {
        return DataFiles.rows("programs.csv").stream()
                .flatMap(p -> Arrays.stream(p.required("names").split("\\|"))
                        .map(n -> Map.entry(n.strip(), p.required("slug"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every year row of both year files: program slug, year, count, source URL, notes. */
    private static List<SeedFile.Row> yearRows() {
        return Stream.concat(DataFiles.rows("all-certifications-engineers.csv").stream(),
                DataFiles.rows("related-recognitions.csv").stream()).toList();
    }

    @Test
    void listsEveryProgramOfTheDataFiles() {
        List<SeedFile.Row> programs = DataFiles.rows("programs.csv");
        given().when().get("/api/v1/programs")
                .then().statusCode(200).contentType(JSON)
                .body("total", equalTo(programs.size()))
                .body("items.slug", equalTo(programs.stream().map(p -> p.required("slug")).sorted().toList()));
    }

    @Test
    void servesAProgramWithItsNamesAndLatestPublishedYear() {
        SeedFile.Row program = DataFiles.row("programs.csv", "slug", JAPAN);
        int latest = DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null).stream()
                .mapToInt(r -> r.integer("year")).max().orElseThrow();
        List<String> formerNames = Arrays.stream(program.required("names").split("\\|")).map(String::strip)
                .filter(n -> !n.equals(program.required("name"))).toList();
        given().when().get("/api/v1/programs/" + JAPAN)
                .then().statusCode(200)
                .body("name", equalTo(program.required("name")))
                .body("formerNames", equalTo(formerNames))
                .body("country", equalTo(program.required("country")))
                .body("latestPublishedYear", equalTo(latest));
    }

    @Test
    void servesEveryYearRowWithItsCountSourceAndNotes() {
        Map<String, String> slugs = slugsByName();
        for (SeedFile.Row row : yearRows()) {
            String slug = slugs.get(row.required("program"));
            int year = row.integer("year");
            given().when().get("/api/v1/programs/" + slug + "/years/" + year)
                    .then().statusCode(200)
                    .body("program", equalTo(slug))
                    .body("year", equalTo(year))
                    .body("name", equalTo(row.required("program")))
                    .body("count", equalTo(row.integer("count")))
                    .body("source.notes", equalTo(row.text("notes")))
                    .body("source.links.url", equalTo(SourceLink.parseAll(row.text("source_url")).stream()
                            .map(SourceLink::url).toList()));
        }
    }

    @Test
    void keepsGapsVisibleAsNullCountsWithTheirNotes() {
        for (SeedFile.Row row : DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") == null)) {
            int year = row.integer("year");
            given().when().get("/api/v1/programs/" + JAPAN + "/years")
                    .then().statusCode(200)
                    .body("items.find { it.year == " + year + " }.count", nullValue())
                    .body("items.find { it.year == " + year + " }.change", nullValue())
                    .body("items.find { it.year == " + year + " }.source.notes", containsString("count not found"));
        }
    }

    @Test
    void listsYearsOldestFirst() {
        List<Integer> years = DataFiles.rows("all-certifications-engineers.csv").stream()
                .map(r -> r.integer("year")).sorted().toList();
        given().when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(200)
                .body("total", equalTo(years.size()))
                .body("items.year", equalTo(years));
    }

    @Test
    void marksInferredValuesAsInferred() {
        Map<String, String> slugs = slugsByName();
        for (SeedFile.Row row : DataFiles.rows("related-recognitions.csv", r -> r.text("inferred") != null)) {
            given().when().get("/api/v1/programs/" + slugs.get(row.required("program")) + "/years/" + row.integer("year"))
                    .then().statusCode(200).body("source.inferred", equalTo(List.of(row.text("inferred"))));
        }
    }

    /** The Japan program's rows with a count, oldest first, from the data file. */
    private static List<SeedFile.Row> counted(int from, int to) {
        return DataFiles.rows("all-certifications-engineers.csv", r -> r.text("count") != null
                        && r.integer("year") >= from && r.integer("year") <= to)
                .stream().sorted(Comparator.comparing(r -> r.integer("year"))).toList();
    }

    private static void assertGrowth(Integer from, Integer to, String query) {
        List<SeedFile.Row> known = counted(from == null ? 0 : from, to == null ? 9999 : to);
        var answer = given().config(io.restassured.RestAssured.config().jsonConfig(io.restassured.config.JsonConfig
                        .jsonConfig().numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)))
                .when().get("/api/v1/programs/" + JAPAN + "/years" + query).then().statusCode(200);
        assertEquals(known.stream().map(r -> r.integer("year")).toList(), answer.extract().jsonPath()
                .getList("growth.knownYears", Integer.class));
        if (known.size() < 2) {
            answer.body("growth.compoundAnnualGrowthPercent", nullValue()).body("growth.toYear", nullValue())
                    .body("growth.grade", nullValue())
                    .body("growth.reason", containsString("fewer than two years of"));
            return;
        }
        SeedFile.Row first = known.get(0);
        SeedFile.Row last = known.get(known.size() - 1);
        double expected = (Math.pow((double) last.integer("count") / first.integer("count"),
                1.0 / (last.integer("year") - first.integer("year"))) - 1) * 100;
        answer.body("growth.fromYear", equalTo(first.integer("year")))
                .body("growth.toYear", equalTo(last.integer("year")))
                .body("growth.fromCount", equalTo(first.integer("count")))
                .body("growth.toCount", equalTo(last.integer("count")))
                .body("growth.compoundAnnualGrowthPercent",
                        org.hamcrest.Matchers.closeTo(expected, Math.abs(expected) * 1e-9))
                .body("growth.grade", equalTo(DataFiles.weakestGrade(first, last)))
                .body("growth.reason", nullValue());
    }

    @Test
    void reportsGrowthOverTheKnownYearsOfTheWholeData() {
        assertGrowth(null, null, "");
    }

    /** 2022 to 2024: from the 2022 count to the 2024 count (340 and 1,222 in today's files), both read here. */
    @Test
    void reportsCompoundAnnualGrowthFrom2022To2024() {
        assertGrowth(2022, 2024, "?from=2022&to=2024");
    }

    @Test
    void namesWhyGrowthCannotBeComputedOverFewerThanTwoKnownYears() {
        int lastKnown = counted(0, 9999).getLast().integer("year");
        assertGrowth(lastKnown, lastKnown + 2, "?from=" + lastKnown + "&to=" + (lastKnown + 2));
        assertGrowth(lastKnown + 1, lastKnown + 2, "?from=" + (lastKnown + 1) + "&to=" + (lastKnown + 2));
    }

    /** Each year with a count changes from the previous year with one, gaps skipped, graded by the weaker. */
    @Test
    void eachKnownYearChangesFromThePreviousKnownYear() {
        List<SeedFile.Row> known = counted(0, 9999);
        var answer = given().when().get("/api/v1/programs/" + JAPAN + "/years").then().statusCode(200);
        for (int i = 1; i < known.size(); i++) {
            SeedFile.Row previous = known.get(i - 1);
            SeedFile.Row year = known.get(i);
            String change = "items.find { it.year == " + year.integer("year") + " }.change.";
            answer.body(change + "fromYear", equalTo(previous.integer("year")))
                    .body(change + "absolute", equalTo(year.integer("count") - previous.integer("count")))
                    .body(change + "grade", equalTo(DataFiles.weakestGrade(previous, year)));
        }
    }

    @Test
    void servesEachYearsEvidenceGrade() {
        Map<String, String> slugs = slugsByName();
        for (SeedFile.Row row : yearRows()) {
            given().when().get("/api/v1/programs/" + slugs.get(row.required("program")) + "/years/" + row.integer("year"))
                    .then().statusCode(200).body("source.grade", equalTo(DataFiles.grade(row)));
        }
        given().queryParam("format", "csv").when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(200).body(containsString("source.grade"));
    }

    @Test
    void filtersYearsByRange() {
        List<Integer> all = DataFiles.rows("all-certifications-engineers.csv").stream()
                .map(r -> r.integer("year")).sorted().toList();
        int from = all.get(1);
        int to = all.get(all.size() - 2);
        given().queryParam("from", from).queryParam("to", to).when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(200)
                .body("items.year", equalTo(all.stream().filter(y -> y >= from && y <= to).toList()));
    }

    @Test
    void servesTheFullCriteriaListOfAYear() {
        List<SeedFile.Row> criteria = DataFiles.rows("program-criteria.csv");
        int year = criteria.get(0).integer("year");
        List<String> codes = criteria.stream().filter(r -> r.integer("year") == year)
                .map(r -> r.required("certification_id")).sorted().toList();
        Map<String, String> slugsByCode = DataFiles.rows("certifications.csv").stream()
                .collect(Collectors.toMap(r -> r.required("id"), r -> r.required("slug")));
        var answer = given().when().get("/api/v1/programs/" + JAPAN + "/years/" + year)
                .then().statusCode(200)
                .body("criteria", hasSize(codes.size()))
                .body("requiredCertifications", equalTo(codes.size()))
                .body("criteriaSource.links.url",
                        equalTo(Arrays.asList(criteria.get(0).required("source_urls").split(" \\| "))))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(codes,
                answer.getList("criteria.code", String.class).stream().sorted().toList());
        org.junit.jupiter.api.Assertions.assertEquals(codes.stream().map(slugsByCode::get).sorted().toList(),
                answer.getList("criteria.slug", String.class).stream().sorted().toList());
    }

    @Test
    void yearsWithoutKnownCriteriaServeNullCriteria() {
        given().when().get("/api/v1/programs/" + JAPAN + "/years/2024")
                .then().statusCode(200).body("criteria", nullValue()).body("criteriaSource", nullValue());
    }

    @Test
    void answers404ForAnUnknownProgramOrYear() {
        given().when().get("/api/v1/programs/nope").then().statusCode(404).contentType(PROBLEM)
                .body("detail", containsString("'nope'"));
        given().when().get("/api/v1/programs/nope/years").then().statusCode(404).contentType(PROBLEM);
        int before = DataFiles.rows("all-certifications-engineers.csv").stream()
                .mapToInt(r -> r.integer("year")).min().orElseThrow() - 1;
        given().when().get("/api/v1/programs/" + JAPAN + "/years/" + before)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("no year " + before));
    }

    @ParameterizedTest
    @CsvSource({"abc", "1800", "2101", "20.5"})
    void answers400ForAYearThatIsNotAYear(String year) {
        invalidRequest().when().get("/api/v1/programs/" + JAPAN + "/years/" + year)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("year"))
                .body("errors[0].in", equalTo("path"))
                .body("errors[0].message", containsString("from 2000 to 2100"));
    }

    @ParameterizedTest
    @CsvSource({"from, abc", "to, 1800", "from, 2101", "page, 0", "size, 101"})
    void answers400ForBadYearListParameters(String parameter, String value) {
        invalidRequest().queryParam(parameter, value).when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo(parameter));
    }

    @Test
    void answers400WhenFromIsAfterTo() {
        invalidRequest().queryParam("from", 2025).queryParam("to", 2024).when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("from"))
                .body("errors[0].message", containsString("must not be after to"));
    }

    @Test
    void fromTheLastYearOfTheDataServesOnlyThatYear() {
        int last = yearRows().stream().filter(r -> slugsByName().get(r.required("program")).equals(JAPAN))
                .map(r -> r.integer("year")).max(Comparator.naturalOrder()).orElseThrow();
        given().queryParam("from", last).when().get("/api/v1/programs/" + JAPAN + "/years")
                .then().statusCode(200).body("items.year", equalTo(List.of(last)));
    }
}
