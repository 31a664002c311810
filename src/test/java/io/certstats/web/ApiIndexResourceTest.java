package io.certstats.web;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.oneOf;

@QuarkusTest
class ApiIndexResourceTest extends ApiTest {

    @Test
    void listsEveryResourceAndEachListedUrlAnswers() {
        JsonPath index = given().when().get("/api/v1")
                .then().statusCode(200).contentType(JSON)
                .body("name", equalTo("certstats"))
                .body("resources.name", hasItems("certifications", "programs", "populations", "rarity"))
                .extract().jsonPath();
        for (String href : index.getList("resources.href", String.class)) {
            if (href.equals("/api/v1/journeys/evaluate")) {
                continue; // answers POST only; JourneyResourceTest posts to it
            }
            String concrete = href.replace("{slugOrExamCode}", "SAA-C03")
                    .replace("{slug}/years/{year}/cost", "jp-all-certifications-engineers/years/2025/cost")
                    .replace("{slug}/years/{year}", "jp-all-certifications-engineers/years/2024")
                    .replace("programs/{slug}", "programs/jp-all-certifications-engineers")
                    .replace("populations/{slug}", "populations/jp-it-companies");
            given().when().get(concrete).then().statusCode(200);
        }
        for (String href : index.getList("documents.href", String.class)) {
            given().when().get(href).then().statusCode(oneOf(200));
        }
    }

    @Test
    void servesTheOpenApiDocumentAndSwaggerUi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).body("info.title", equalTo("certstats"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
