package io.certstats.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's page as served: HTML at /, its own strict Content-Security-Policy (script, style, images
 * and fetches from this origin only; nothing inline), and nothing in the page that policy would block.
 * DashboardBrowserIT drives it in Chromium.
 */
@QuarkusTest
class DashboardPageTest {

    @Test
    void thePageHasItsOwnStrictPolicy() {
        String csp = given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().header("Content-Security-Policy");
        List<String> directives = Arrays.stream(csp.split(";")).map(String::strip).toList();
        assertTrue(directives.contains("default-src 'none'"), csp);
        assertTrue(directives.contains("script-src 'self'"), csp);
        assertTrue(directives.contains("style-src 'self'"), csp);
        assertTrue(directives.contains("connect-src 'self'"), csp);
        assertTrue(directives.contains("frame-ancestors 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("http"), csp);
        for (String asset : List.of("/dashboard/dashboard.js", "/dashboard/dashboard.css", "/favicon.svg")) {
            given().when().get(asset).then().statusCode(200).header("Content-Security-Policy", csp);
        }
        // the API keeps its own policy, which allows nothing
        given().when().get("/api/v1").then().header("Content-Security-Policy", startsWith("default-src 'none'"))
                .header("Content-Security-Policy", not(containsString("script-src")));
    }

    @Test
    void thePageHasNothingInlineAndNothingFromElsewhere() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src=\"/"), "a script from this origin: " + scripts.group());
        }
        assertEquals(1, count);
        assertFalse(html.contains("<style") || html.contains(" style=") || Pattern.compile("\\son[a-z]+=").matcher(html).find(),
                "no inline style or handler");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "nothing from another origin");
        assertTrue(html.contains("name=\"viewport\""), "usable on a phone");
    }
}
