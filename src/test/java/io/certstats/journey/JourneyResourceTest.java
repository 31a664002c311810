package io.certstats.journey;

import io.certstats.ApiTest;
import io.certstats.CostFacts;
import io.certstats.DataFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.certstats.CostFacts.amount;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class JourneyResourceTest extends ApiTest {

    private static final String PATH = "/api/v1/journeys/evaluate";
    private static final String AS_OF = "2025-06-30";

    private static RequestSpecification request() {
        return given().contentType(JSON).config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    private static Map<String, Object> attempt(String certification, String date, Object passed) {
        Map<String, Object> attempt = new java.util.LinkedHashMap<>();
        attempt.put("certification", certification);
        attempt.put("date", date);
        attempt.put("passed", passed);
        return attempt;
    }

    /** CLF passed, SAA failed (month only), SAA passed by slug, SAP passed after the 2024-04-01 price change. */
    private static final List<Map<String, Object>> HISTORY = List.of(
            attempt("CLF-C02", "2023-05-10", true),
            attempt("SAA-C03", "2023-11", false),
            attempt("solutions-architect-associate", "2024-02-20", true),
            attempt("SAP-C02", "2024-09-02", true));

    private static BigDecimal withTax(BigDecimal yen, LocalDate day) {
        return yen.add(CostFacts.tax(yen, day));
    }

    @Test
    void evaluatesAHistory() {
        LocalDate clfDay = LocalDate.parse("2023-05-10");
        LocalDate failDay = LocalDate.parse("2023-11-01");
        LocalDate saaDay = LocalDate.parse("2024-02-20");
        LocalDate sapDay = LocalDate.parse("2024-09-02");
        // CLF in full; the failed SAA with CLF's voucher; SAA in full (CLF's voucher is spent); SAP with SAA's.
        BigDecimal clf = withTax(CostFacts.fee("FOUNDATIONAL", "JPY", clfDay), clfDay);
        BigDecimal fail = withTax(CostFacts.withVoucher(CostFacts.fee("ASSOCIATE", "JPY", failDay)), failDay);
        BigDecimal saa = withTax(CostFacts.fee("ASSOCIATE", "JPY", saaDay), saaDay);
        BigDecimal sap = withTax(CostFacts.withVoucher(CostFacts.fee("PROFESSIONAL", "JPY", sapDay)), sapDay);
        BigDecimal total = clf.add(fail).add(saa).add(sap);
        LocalDate sapExpiry = sapDay.plusYears(CostFacts.validityYears());
        // CLF and SAA are renewed by SAP's pass where recertification.csv says so.
        LocalDate clfExpiry = CostFacts.renewedBy("SAP").contains("CLF") ? sapExpiry
                : saaDay.plusYears(CostFacts.validityYears());
        LocalDate saaExpiry = CostFacts.renewedBy("SAP").contains("SAA") ? sapExpiry
                : saaDay.plusYears(CostFacts.validityYears());
        List<String> held = List.of("CLF", "SAA", "SAP");
        List<String> missing = CostFacts.criteria(2025).stream().filter(c -> !held.contains(c)).toList();
        List<String> renewal = CostFacts.renewalExams(held);
        LocalDate asOf = LocalDate.parse(AS_OF);

        request().body(Map.of("attempts", HISTORY, "asOf", AS_OF)).when().post(PATH)
                .then().statusCode(200).contentType(JSON)
                .body("asOf", equalTo(AS_OF))
                .body("currency", equalTo("JPY"))
                .body("money.attempts.attempt", equalTo(List.of(0, 1, 2, 3)))
                .body("money.attempts.voucherFrom", equalTo(Arrays.asList(null, "CLF", null, "SAA")))
                .body("money.attempts[0].total", amount(clf))
                .body("money.attempts[1].total", amount(fail))
                .body("money.attempts[1].date", equalTo("2023-11"))
                .body("money.attempts[1].pricedOn", equalTo("2023-11-01"))
                .body("money.attempts[2].examCode", nullValue())
                .body("money.attempts[2].total", amount(saa))
                .body("money.attempts[3].total", amount(sap))
                .body("money.totals.total", amount(total))
                .body("money.perCertificationHeld",
                        amount(total.divide(BigDecimal.valueOf(3), 0, RoundingMode.HALF_UP)))
                .body("held.certification", equalTo(held))
                .body("held.find { it.certification == 'SAP' }.expiresOn", equalTo(sapExpiry.toString()))
                .body("held.find { it.certification == 'SAA' }.expiresOn", equalTo(saaExpiry.toString()))
                .body("held.find { it.certification == 'CLF' }.expiresOn", equalTo(clfExpiry.toString()))
                .body("held.find { it.certification == 'CLF' }.earnedOn", equalTo(clfDay.toString()))
                .body("expired", hasSize(0))
                .body("programYears[0].year", equalTo(2025))
                .body("programYears[0].met", equalTo(false))
                .body("programYears[0].missing", equalTo(missing))
                .body("unusedVouchers.grantedBy", equalTo(List.of("SAP")))
                .body("renewalPlan.exams", equalTo(renewal))
                .body("renewalPlan.listPrice.totals.total",
                        amount(CostFacts.listTotalWithTax(renewal, asOf)));
    }

    @Test
    void usdIsInDollarsAndCentsWithoutTax() {
        BigDecimal expected = CostFacts.fee("FOUNDATIONAL", "USD", LocalDate.parse("2023-05-10"))
                .add(CostFacts.withVoucher(CostFacts.fee("ASSOCIATE", "USD", LocalDate.parse("2023-11-01"))))
                .add(CostFacts.fee("ASSOCIATE", "USD", LocalDate.parse("2024-02-20")))
                .add(CostFacts.withVoucher(CostFacts.fee("PROFESSIONAL", "USD", LocalDate.parse("2024-09-02"))));
        request().body(Map.of("attempts", HISTORY, "asOf", AS_OF, "currency", "USD")).when().post(PATH)
                .then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("money.totals.total", amount(expected))
                .body("money.totals.tax", amount(BigDecimal.ZERO));
    }

    @Test
    void anEmptyHistoryHoldsNothing() {
        request().body(Map.of("attempts", List.of())).when().post(PATH)
                .then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("held", hasSize(0))
                .body("money.totals.total", amount(BigDecimal.ZERO))
                .body("money.perCertificationHeld", nullValue())
                .body("programYears[0].missing", equalTo(CostFacts.criteria(2025)));
    }

    @Test
    void fiveHundredAttemptsAreAccepted() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(attempt("CLF-C02", "2023-05-10", false));
        }
        request().body(Map.of("attempts", many, "asOf", AS_OF)).when().post(PATH)
                .then().statusCode(200)
                .body("money.totals.exams", equalTo(500));
    }

    @Test
    void moreThan500AttemptsAreAProblem() {
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(attempt("CLF-C02", "2023-05-10", false));
        }
        badAttempt(Map.of("attempts", many), "attempts", "at most 500");
    }

    private static void badAttempt(Object body, String parameter, String message) {
        invalidRequest().contentType(JSON).body(body).when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].in", equalTo("body"))
                .body("errors[0].message", containsString(message));
    }

    /** The bad attempt goes third, after two good ones, so the problem must name index 2. */
    private static void badThird(Map<String, Object> third, String field, String message) {
        List<Map<String, Object>> attempts = new ArrayList<>(HISTORY.subList(0, 2));
        attempts.add(third);
        badAttempt(Map.of("attempts", attempts, "asOf", AS_OF), "attempts[2]." + field, message);
    }

    @Test
    void anUnknownCertificationOrExamCode() {
        badThird(attempt("XYZ-C01", "2024-01-01", true), "certification", "XYZ-C01");
        badThird(attempt("", "2024-01-01", true), "certification", "required");
    }

    @Test
    void malformedDates() {
        badThird(attempt("SAA-C03", "2024-13-01", true), "date", "2024-13-01");
        badThird(attempt("SAA-C03", "2024/01/01", true), "date", "a day (2024-06-20) or a month (2024-06)");
        badThird(attempt("SAA-C03", "2024", true), "date", "a day (2024-06-20) or a month (2024-06)");
        badThird(attempt("SAA-C03", null, true), "date", "required");
    }

    @Test
    void aDateInTheFutureOrAfterAsOf() {
        String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        List<Map<String, Object>> attempts = List.of(attempt("SAA-C03", nextYear, true));
        badAttempt(Map.of("attempts", attempts), "attempts[0].date", "in the future");
        badThird(attempt("SAA-C03", "2025-07-01", true), "date", "after asOf");
    }

    @Test
    void aDateBeforeTheExamExisted() {
        LocalDate liveFrom = LocalDate.parse(DataFiles.row("exam-versions.csv", "exam_code", "DEA-C01")
                .required("live_from"));
        badThird(attempt("DEA-C01", liveFrom.minusMonths(1).toString().substring(0, 7), true), "date",
                "before DEA-C01 could first be taken");
    }

    @Test
    void aPassAfterTheCertificationWasRetired() {
        LocalDate lastDay = LocalDate.parse(DataFiles.row("exam-versions.csv", "exam_code", "DAS-C01")
                .required("live_until"));
        badThird(attempt("DAS-C01", lastDay.plusDays(1).toString(), true), "date", "after the last day DAS-C01");
        badThird(attempt("data-analytics-specialty", lastDay.plusDays(1).toString(), true), "date",
                "after the last day DAS");
    }

    @Test
    void passedMustBeTrueOrFalse() {
        badThird(attempt("SAA-C03", "2024-01-01", null), "passed", "required");
        badThird(attempt("SAA-C03", "2024-01-01", "yes"), "passed", "true or false");
    }

    @Test
    void badTopLevelFields() {
        badAttempt(Map.of("attempts", List.of(), "asOf", "June"), "asOf", "June");
        badAttempt(Map.of("attempts", List.of(), "currency", "EUR"), "currency", "EUR");
        badAttempt(Map.of("asOf", AS_OF), "attempts", "required");
        badAttempt(Map.of("attempts", Map.of()), "attempts", "a list");
        badAttempt("{\"attempts\":[null]}", "attempts[0]", "not null");
    }

    @Test
    void aBodyThatIsNotJsonIsAProblem() {
        invalidRequest().contentType(JSON).body("{\"attempts\": [").when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"))
                .body("detail", containsString("not well-formed JSON"));
        invalidRequest().contentType(JSON).body("[1, 2]").when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/invalid-body"));
        invalidRequest().contentType(JSON).when().post(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].parameter", equalTo("body"));
    }

    @Test
    void onlyJsonIsAccepted() {
        invalidRequest().contentType("text/plain").body("CLF passed").when().post(PATH)
                .then().statusCode(415).contentType(PROBLEM)
                .body("status", equalTo(415));
    }

    @Test
    void getIsNotAllowed() {
        given().filter(io.certstats.OpenApiContract.outsideTheSpec()).when().get(PATH)
                .then().statusCode(405).contentType(PROBLEM);
    }
}
