package io.certstats.journey;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Real histories sent to the journey endpoint over the seeded data. The figures are worked by hand in
 * {@link RealHistoriesTest}, from the data files; here they must come back through HTTP unchanged.
 */
@QuarkusTest
class RealHistoriesResourceTest extends ApiTest {

    private static final String PATH = "/api/v1/journeys/evaluate";

    /** Shoji's twelve (see {@link RealHistoriesTest#SHOJI} for the source), sent with SOA by its code SOA-C02. */
    private static List<Map<String, Object>> shoji() {
        return RealHistoriesTest.SHOJI.stream().map(a -> Map.<String, Object>of(
                "certification", a.certification().equals("cloudops-engineer-associate") ? "SOA-C02" : a.certification(),
                "date", a.date(), "passed", a.passed())).toList();
    }

    @Test
    void twelveCertificationsAcrossCodeTransitionsAndRetirements() {
        // Worked in RealHistoriesTest: on 2025-06-30 all 12 are held, sorted by expiry (then code):
        // SAP 2025-10-22, SCS 2025-12-17, MLS 2026-02-25, SAA 2026-03-03 (re-earned that day: the 2019 pass
        // lapsed on 2022-03-03, before SAP), DAS 2026-04-08, DBS 2026-04-13, CLF/DOP/DVA/SOA 2026-05-13 (DOP's
        // pass renewed DVA, SOA and, through them, CLF), ANS 2026-07-08, PAS 2026-09-23. DAS, DBS and PAS are
        // retired by then; the renewal plan keeps ANS, DOP, MLS, SAP, SCS; the 2025 criteria miss AIF, DEA, MLA.
        given().contentType(JSON).body(Map.of("attempts", shoji(), "asOf", "2025-06-30")).when().post(PATH)
                .then().statusCode(200).contentType(JSON)
                .body("held.certification", equalTo(List.of("SAP", "SCS", "MLS", "SAA", "DAS", "DBS", "CLF", "DOP",
                        "DVA", "SOA", "ANS", "PAS")))
                .body("held.expiresOn", equalTo(List.of("2025-10-22", "2025-12-17", "2026-02-25", "2026-03-03",
                        "2026-04-08", "2026-04-13", "2026-05-13", "2026-05-13", "2026-05-13", "2026-05-13",
                        "2026-07-08", "2026-09-23")))
                .body("held.find { it.certification == 'SAA' }.earnedOn", equalTo("2023-03-03"))
                .body("held.find { it.certification == 'CLF' }.renewedBy", equalTo("DOP"))
                .body("held.findAll { it.retired }.certification", equalTo(List.of("DAS", "DBS", "PAS")))
                .body("expired", hasSize(0))
                // In date order: the May ANS failure (month, so 2023-05-01) comes before DOP's 2023-05-13.
                .body("money.attempts.examCode", equalTo(java.util.Arrays.asList(null, null, "SAP-C01", null, null,
                        "MLS-C01", "SAA-C03", "SOA-C02", "DAS-C01", "DBS-C01", null, null, null, "PAS-C01")))
                .body("renewalPlan.exams", equalTo(List.of("ANS", "DOP", "MLS", "SAP", "SCS")))
                .body("programYears[0].year", equalTo(2025))
                .body("programYears[0].met", equalTo(false))
                .body("programYears[0].missing", equalTo(List.of("AIF", "DEA", "MLA")));
    }

    @Test
    void wingDegitalsSixCodesAreAccepted() {
        // https://wing-degital.hatenablog.com/?page=1618060013: the old rule refused SAP-C01, SCS-C01 and
        // SOA-C01 by their successors' first days. Worked in RealHistoriesTest: SAP renewed SAA to 2024-03-13.
        List<Map<String, Object>> attempts = List.of(
                Map.of("certification", "SAA-C01", "date", "2018-07-28", "passed", true),
                Map.of("certification", "SAP-C01", "date", "2021-03-13", "passed", true),
                Map.of("certification", "CLF-C01", "date", "2021-03-21", "passed", true),
                Map.of("certification", "SCS-C01", "date", "2021-03-22", "passed", true),
                Map.of("certification", "DVA-C01", "date", "2021-03-26", "passed", true),
                Map.of("certification", "SOA-C01", "date", "2021-03-30", "passed", true));
        given().contentType(JSON).body(Map.of("attempts", attempts, "asOf", "2021-03-31")).when().post(PATH)
                .then().statusCode(200).contentType(JSON)
                .body("held.certification", equalTo(List.of("SAA", "SAP", "SCS", "DVA", "CLF", "SOA")))
                .body("held.find { it.certification == 'SAA' }.expiresOn", equalTo("2024-03-13"))
                .body("held.find { it.certification == 'SAA' }.renewedBy", equalTo("SAP"));
    }
}
