package io.certstats.cost;

import io.certstats.ApiTest;
import io.certstats.CostFacts;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProgramCostResourceTest extends ApiTest {

    private static final String PATH = "/api/v1/programs/{slug}/years/{year}/cost";

    /** Reads JSON numbers as BigDecimal, so that yen and cents compare exactly. */
    static RequestSpecification request() {
        return given().config(RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    @Test
    void jpyWithTaxAtTheYearsPrices() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        BigDecimal list = CostFacts.listTotal(set, "JPY", day);
        BigDecimal listWithTax = CostFacts.listTotalWithTax(set, day);
        BigDecimal vouchersWithTax = CostFacts.voucherTotalWithTax(set, day);
        request().queryParam("tax", "true").when().get(PATH, JAPAN, year)
                .then().statusCode(200).contentType(JSON)
                .body("program", equalTo(JAPAN))
                .body("year", equalTo(year))
                .body("currency", equalTo("JPY"))
                .body("taxIncluded", equalTo(true))
                .body("pricesOn", equalTo(day.toString()))
                .body("listPrice.totals.exams", equalTo(set.size()))
                .body("listPrice.totals.fees", amount(list))
                .body("listPrice.totals.discounts", amount(BigDecimal.ZERO))
                .body("listPrice.totals.tax", amount(listWithTax.subtract(list)))
                .body("listPrice.totals.total", amount(listWithTax))
                .body("withVouchers.totals.fees", amount(list))
                .body("withVouchers.totals.net", amount(CostFacts.voucherTotal(set, "JPY", day)))
                .body("withVouchers.totals.total", amount(vouchersWithTax))
                .body("savedByVouchers", amount(listWithTax.subtract(vouchersWithTax)))
                .body("listPrice.exams.certification", equalTo(set))
                .body("withVouchers.exams[0].voucherFrom", nullValue())
                .body("withVouchers.exams.findAll { it.order > 1 }.voucherFrom", everyItem(not(nullValue())))
                .body("withVouchers.exams.findAll { it.order > 1 }.voucherFrom", hasSize(set.size() - 1))
                .body("withVouchers.exams.taxPercent", everyItem(equalTo(CostFacts.taxPercent(day))))
                .body("assumptions", hasItem(containsString("no failed attempts")))
                .body("sources.url", hasItem("https://aws.amazon.com/jp/certification/policies/before-testing/#Exam_pricing"));
    }

    @Test
    void breakdownByLevelAddsUpToTheTotal() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        for (String level : List.of("FOUNDATIONAL", "ASSOCIATE", "PROFESSIONAL", "SPECIALTY")) {
            List<String> ofLevel = set.stream().filter(c -> CostFacts.level(c).equals(level)).toList();
            request().when().get(PATH, JAPAN, year)
                    .then().statusCode(200)
                    .body("listPrice.byLevel.find { it.level == '" + level + "' }.totals.exams", equalTo(ofLevel.size()))
                    .body("listPrice.byLevel.find { it.level == '" + level + "' }.totals.total",
                            amount(CostFacts.listTotal(ofLevel, "JPY", day)));
        }
    }

    @Test
    void usdInDollarsAndCentsWithoutTax() {
        int year = CostFacts.latestCriteriaYear();
        LocalDate day = LocalDate.of(year, 1, 1);
        List<String> set = CostFacts.criteria(year);
        request().queryParam("currency", "USD").when().get(PATH, JAPAN, year)
                .then().statusCode(200).contentType(JSON)
                .body("currency", equalTo("USD"))
                .body("taxIncluded", equalTo(false))
                .body("listPrice.totals.total", amount(CostFacts.listTotal(set, "USD", day)))
                .body("withVouchers.totals.total", amount(CostFacts.voucherTotal(set, "USD", day)))
                .body("withVouchers.totals.tax", amount(BigDecimal.ZERO))
                .body("withVouchers.exams.tax", everyItem(nullValue()));
    }

    @Test
    void aYearWithoutKnownCriteriaIsAProblem() {
        int year = CostFacts.latestCriteriaYear() - 1;
        given().when().get(PATH, JAPAN, year)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/no-criteria"))
                .body("status", equalTo(404))
                .body("detail", containsString(Integer.toString(year)));
    }

    @Test
    void anUnknownProgramIsNotFound() {
        given().when().get(PATH, "nope", 2025)
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("nope"));
    }

    @ParameterizedTest
    @CsvSource({"year, abc, , ", "year, 1999, , ", "currency, 2025, EUR, ", "tax, 2025, JPY, maybe",
            "tax, 2025, USD, true"})
    void badParametersAreNamed(String parameter, String year, String currency, String tax) {
        RequestSpecification request = invalidRequest();
        if (currency != null) {
            request.queryParam("currency", currency);
        }
        if (tax != null) {
            request.queryParam("tax", tax);
        }
        request.when().get(PATH, JAPAN, year)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("/problems/bad-parameter"))
                .body("errors", hasSize(1))
                .body("errors[0].parameter", equalTo(parameter));
    }
}
