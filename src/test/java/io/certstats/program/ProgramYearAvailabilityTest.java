package io.certstats.program;

import io.certstats.ApiTest;
import io.certstats.DataFileModels;
import io.certstats.DataFiles;
import io.certstats.certification.Availability;
import io.certstats.certification.Certification;
import io.certstats.provenance.PartialDate;
import io.certstats.seed.SeedFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A program year's criteria judged on a day ({@code availability}), against {@link Availability}'s rule run here
 * on the data files: the API judges them in SQL, as the certification list's activeOn does.
 */
@QuarkusTest
class ProgramYearAvailabilityTest extends ApiTest {

    private static String path(ProgramCriterion year) {
        return "/api/v1/programs/" + year.programSlug + "/years/" + year.year;
    }

    /** One criteria row of each program year that has criteria in program-criteria.csv. */
    private static List<ProgramCriterion> yearsWithCriteria() {
        return DataFileModels.programCriteria().stream()
                .collect(Collectors.toMap(c -> c.programSlug + "/" + c.year, c -> c, (a, b) -> a, TreeMap::new))
                .values().stream().toList();
    }

    private static Set<String> required(ProgramCriterion year) {
        return DataFileModels.programCriteria().stream()
                .filter(c -> c.programSlug.equals(year.programSlug) && c.year == year.year)
                .map(c -> c.certificationCode).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Checks the served availability against the rule: each criterion's state, the counts, the others available. */
    static void assertJudged(JsonPath served, Set<String> required, LocalDate day, String dayOf) {
        List<Certification> all = DataFileModels.certifications();
        Map<String, String> expected = new TreeMap<>();
        all.stream().filter(c -> required.contains(c.code))
                .forEach(c -> expected.put(c.code, Availability.on(c, day).name()));
        List<String> others = all.stream().filter(c -> !required.contains(c.code)
                && Availability.on(c, day) == Availability.State.AVAILABLE).map(c -> c.code).sorted().toList();
        String where = "day " + day;
        assertEquals(day.toString(), served.getString("availability.day"), where);
        assertEquals(dayOf, served.getString("availability.dayOf"), where);
        Map<String, String> answered = new TreeMap<>();
        List<String> codes = served.getList("availability.criteria.code");
        List<String> states = served.getList("availability.criteria.availability");
        for (int i = 0; i < codes.size(); i++) {
            answered.put(codes.get(i), states.get(i));
        }
        assertEquals(expected, answered, where);
        assertEquals(required.size(), served.getInt("availability.required"), where);
        for (Availability.State state : Availability.State.values()) {
            assertEquals(expected.values().stream().filter(s -> s.equals(state.name())).count(),
                    served.getLong("availability." + state.name().toLowerCase(java.util.Locale.ROOT)), where);
        }
        assertEquals(others, served.getList("availability.availableNotRequired.code"), where);
        assertEquals(List.of(), served.getList("availability.availableNotRequired.availability").stream()
                .filter(s -> !"AVAILABLE".equals(s)).toList(), where);
    }

    /** On every day where a date of the data could change an answer, the year's criteria are judged by the rule. */
    @Test
    void judgesTheCriteriaOnTheDayAskedForAroundEveryDateOfTheData() {
        Set<LocalDate> days = new TreeSet<>();
        DataFileModels.certifications().forEach(c -> days.addAll(DataFileModels.daysAround(c)));
        for (ProgramCriterion year : yearsWithCriteria()) {
            Set<String> required = required(year);
            for (LocalDate day : days) {
                JsonPath served = given().queryParam("activeOn", day.toString()).when().get(path(year))
                        .then().statusCode(200).contentType(JSON).extract().jsonPath();
                assertJudged(served, required, day, "ACTIVE_ON");
            }
        }
    }

    /** Without activeOn, a year is judged on its publication day where the data gives one to the day, else not. */
    @Test
    void withoutActiveOnAYearIsJudgedOnItsPublicationDayOrNotAtAll() {
        Map<Integer, PartialDate> published = DataFiles.rows("all-certifications-engineers.csv").stream()
                .filter(r -> r.text("published_on") != null)
                .collect(Collectors.toMap(r -> r.integer("year"), r -> PartialDate.parse(r.text("published_on"))));
        for (ProgramCriterion year : yearsWithCriteria()) {
            PartialDate day = published.get(year.year);
            var answer = given().when().get(path(year)).then().statusCode(200);
            if (day == null || !day.firstDay().equals(day.lastDay())) {
                answer.body("availability", nullValue());
            } else {
                assertJudged(answer.extract().jsonPath(), required(year), day.firstDay(), "PUBLISHED_ON");
            }
        }
    }

    /** A year whose criteria the data does not know has nothing to judge, whatever the day. */
    @Test
    void aYearWithoutKnownCriteriaHasNoAvailability() {
        Set<Integer> withCriteria = yearsWithCriteria().stream().map(c -> c.year).collect(Collectors.toSet());
        for (SeedFile.Row row : DataFiles.rows("all-certifications-engineers.csv",
                r -> !withCriteria.contains(r.integer("year")))) {
            given().queryParam("activeOn", "2024-06-20").when()
                    .get("/api/v1/programs/jp-all-certifications-engineers/years/" + row.integer("year"))
                    .then().statusCode(200).body("criteria", nullValue()).body("availability", nullValue());
        }
    }

    @ParameterizedTest
    @CsvSource({"2025-13-01", "2025-02-29", "31.05.2025", "2025-05"})
    void refusesABadActiveOn(String day) {
        ProgramCriterion year = yearsWithCriteria().get(0);
        invalidRequest().queryParam("activeOn", day).when().get(path(year))
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors.parameter", equalTo(List.of("activeOn")))
                .body("errors[0].in", equalTo("query"))
                .body("errors[0].message", startsWith("must be an ISO-8601 date"));
    }
}
