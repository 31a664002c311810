package io.certstats.recertification;

import io.certstats.ApiTest;
import io.certstats.CostFacts;
import io.certstats.DataFiles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static io.certstats.CostFacts.JAPAN;
import static io.restassured.RestAssured.given;
import static io.certstats.CostFacts.amount;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class RecertificationResourceTest extends ApiTest {

    private static final String PATH = "/api/v1/recertification";

    private static RequestSpecification request() {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void defaultsToTheLatestYearWithCriteria() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        List<String> renewal = CostFacts.renewalExams(set);
        request().when().get(PATH)
                .then().statusCode(200).contentType(JSON)
                .body("program", equalTo(JAPAN))
                .body("year", equalTo(year))
                .body("cycleYears", equalTo(CostFacts.validityYears()))
                .body("renewalExams", equalTo(renewal))
                .body("certifications.certification", equalTo(set))
                .body("listPrice.totals.exams", equalTo(renewal.size()))
                .body("listPrice.totals.total", amount(CostFacts.listTotal(renewal, "JPY", day)))
                .body("withVouchers.totals.total", amount(CostFacts.voucherTotal(renewal, "JPY", day)));
    }

    @Test
    void everyCertificationOfTheSetIsRenewedByARenewalExam() {
        int year = CostFacts.latestCriteriaYear();
        List<String> set = CostFacts.criteria(year);
        List<String> renewal = CostFacts.renewalExams(set);
        for (String code : set) {
            List<String> renewers = renewal.stream()
                    .filter(r -> r.equals(code) || CostFacts.renewedBy(r).contains(code)).toList();
            request().queryParam("year", year).when().get(PATH)
                    .then().statusCode(200)
                    .body("certifications.find { it.certification == '" + code + "' }.renewedBy", equalTo(renewers));
        }
    }

    @Test
    void jpyWithTaxAndUsd() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> renewal = CostFacts.renewalExams(CostFacts.criteria(year));
        request().queryParam("tax", "true").when().get(PATH)
                .then().statusCode(200)
                .body("taxIncluded", equalTo(true))
                .body("listPrice.totals.total", amount(CostFacts.listTotalWithTax(renewal, day)))
                .body("withVouchers.totals.total", amount(CostFacts.voucherTotalWithTax(renewal, day)));
        request().queryParam("currency", "USD").when().get(PATH)
                .then().statusCode(200)
                .body("currency", equalTo("USD"))
                .body("withVouchers.totals.total", amount(CostFacts.voucherTotal(renewal, "USD", day)));
    }

    @Test
    void saysWhichRenewalExamsAreRetired() {
        List<String> renewal = CostFacts.renewalExams(CostFacts.criteria(CostFacts.latestCriteriaYear()));
        for (String code : renewal) {
            boolean retired = DataFiles.row("certifications.csv", "id", code).required("status").startsWith("retired");
            request().when().get(PATH)
                    .then().statusCode(200)
                    .body("assumptions.findAll { it.startsWith('" + code + " is retired') }", hasSize(retired ? 1 : 0));
        }
    }

    @Test
    void servesTheRenewalGraph() {
        var rows = DataFiles.rows("recertification.csv");
        List<String> set = CostFacts.criteria(CostFacts.latestCriteriaYear());
        request().when().get(PATH)
                .then().statusCode(200)
                .body("graph.edges", hasSize(rows.size()))
                .body("graph.edges.renewing", equalTo(rows.stream().map(r -> r.required("renewing")).sorted().toList()))
                .body("graph.edges.find { it.renewing == 'SAP' && it.alsoRenews == 'SAA' }.notes",
                        equalTo(DataFiles.rows("recertification.csv", r -> r.required("renewing").equals("SAP")
                                && r.required("also_renews").equals("SAA")).get(0).text("notes")))
                .body("graph.nodes.findAll { it.inSet }.certification", containsInAnyOrder(set.toArray()))
                .body("graph.nodes.findAll { it.renewalExam }.certification",
                        containsInAnyOrder(CostFacts.renewalExams(set).toArray()))
                .body("sources.url", hasItem("https://aws.amazon.com/jp/certification/recertification/"));
    }

    @Test
    void aYearWithoutKnownCriteriaIsAProblem() {
        int year = CostFacts.latestCriteriaYear() - 1;
        given().queryParam("year", year).when().get(PATH)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/no-criteria"))
                .body("detail", containsString(Integer.toString(year)));
    }

    @Test
    void anUnknownProgramIsNotFound() {
        given().queryParam("program", "nope").queryParam("year", 2025).when().get(PATH)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
        given().queryParam("program", "nope").when().get(PATH)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"));
    }

    @ParameterizedTest
    @CsvSource({"year, 1999", "year, soon", "currency, GBP", "tax, yes"})
    void badParametersAreNamed(String parameter, String value) {
        invalidRequest().queryParam(parameter, value).when().get(PATH)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors[0].parameter", equalTo(parameter))
                .body("errors[0].message", containsString(value));
    }
}
