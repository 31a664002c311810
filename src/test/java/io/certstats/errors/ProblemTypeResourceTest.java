package io.certstats.errors;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every problem's type URI is a page saying what it means and how to fix the request. */
@QuarkusTest
class ProblemTypeResourceTest extends ApiTest {

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void eachTypeHasItsTextsInTheOnePropertiesFile(ProblemType type) {
        assertFalse(type.meaning() == null || type.meaning().isBlank(), "problem-types.properties: no " + type.slug() + ".meaning");
        assertFalse(type.fix() == null || type.fix().isBlank(), "problem-types.properties: no " + type.slug() + ".fix");
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void eachTypeIsAnHtmlPageForABrowser(ProblemType type) {
        given().accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").when().get(type.uri().toString())
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1>" + html(type.title()) + "</h1>"))
                .body(containsString(html(type.meaning())))
                .body(containsString(html(type.fix())));
    }

    /** As Qute escapes text in HTML. */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void eachTypeIsJsonByDefault(ProblemType type) {
        given().when().get(type.uri().toString())
                .then().statusCode(200).contentType(JSON)
                .body("type", equalTo(type.uri().toString()))
                .body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()))
                .body("meaning", equalTo(type.meaning()))
                .body("fix", equalTo(type.fix()));
    }

    @Test
    void anUnknownSlugIs404Problem() {
        given().accept(JSON).when().get("/problems/no-such-problem")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("'no-such-problem'"))
                .body("instance", equalTo("/problems/no-such-problem"));
    }

    @Test
    void theTypeOfAnAnswerIsItsPage() {
        String type = given().when().get("/api/v1/certifications/XYZ-C01").then().statusCode(404)
                .extract().path("type");
        given().accept(JSON).when().get(type).then().statusCode(200).body("status", equalTo(404));
    }
}
