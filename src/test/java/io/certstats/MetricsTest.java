package io.certstats;

import io.certstats.curation.Tokens;
import io.certstats.population.PopulationCurationTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /q/metrics, as Prometheus scrapes it: the series an operator watches exist, and move when the
 * app does what they count; HTTP requests are labelled by route template, whatever the path asked
 * (a slug, an unknown path), so the number of series stays bounded.
 */
@QuarkusTest
class MetricsTest extends ApiTest {

    private static final String POPULATION = "/api/v1/populations/jp-it-companies";
    private static final String REQUESTS = "http_server_requests_seconds_count";

    @Inject
    DataSource dataSource;

    @AfterEach
    void restoreTheDataFiles() throws Exception {
        SeedData.restore(dataSource);
    }

    @Test
    void requestsAreCountedByRouteTemplateWhetherAnsweredFromMemoryOrNot() {
        String byTemplate = REQUESTS + "{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/certifications/{slugOrExamCode}\"}";
        String notFound = REQUESTS + "{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"404\",uri=\"NOT_FOUND\"}";
        Map<String, Double> before = scrape();
        given().get("/api/v1/certifications/SAA-C03").then().statusCode(200); // rendered, or from memory
        given().get("/api/v1/certifications/SAA-C03").then().statusCode(200); // from memory
        given().get("/api/v1/certifications/saa-c02").then().statusCode(200);
        String unknown = "zz" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            outsideTheSpec().get("/api/v1/" + unknown + "/" + i).then().statusCode(404);
        }
        Map<String, Double> after = scrape();

        assertEquals(3, after.get(byTemplate) - before.getOrDefault(byTemplate, 0.0), byTemplate);
        assertEquals(3, after.get(notFound) - before.getOrDefault(notFound, 0.0), notFound);
        assertTrue(after.keySet().stream().noneMatch(series -> series.contains(unknown) || series.contains("SAA-C03")),
                "a raw path became a label value");
    }

    @Test
    void answersRefusedBeforeRoutingAreCountedByRouteTemplateToo() {
        String template = "uri=\"/api/v1/certifications/{slugOrExamCode}\"";
        String unknown = "zz" + UUID.randomUUID();
        Map<String, Double> before = scrape();
        outsideTheSpec().delete("/api/v1/certifications/SAA-C03").then().statusCode(405);
        outsideTheSpec().delete("/api/v1/certifications/DVA-C02").then().statusCode(405);
        outsideTheSpec().request("BREW", "/api/v1/certifications/CLF-C02").then().statusCode(501);
        outsideTheSpec().request("BREW", "/api/v1/" + unknown).then().statusCode(501);
        outsideTheSpec().get("/api/v1/certifications/SOA-C02?format=xml").then().statusCode(400);
        Map<String, Double> after = scrape();

        assertTrue(after.keySet().stream().noneMatch(series -> series.startsWith(REQUESTS)
                        && (series.contains("DVA-C02") || series.contains("CLF-C02") || series.contains("SOA-C02")
                        || series.contains("SAA-C03") || series.contains(unknown))), "a raw path became a label value: "
                + after.keySet().stream().filter(series -> series.contains("-C0") || series.contains(unknown)).toList());
        String refused = REQUESTS + "{method=\"DELETE\",outcome=\"CLIENT_ERROR\",status=\"405\"," + template + "}";
        assertEquals(2, after.get(refused) - before.getOrDefault(refused, 0.0), refused);
        String unmatched = REQUESTS + "{method=\"BREW\",outcome=\"SERVER_ERROR\",status=\"501\",uri=\"/{unmatched}\"}";
        assertEquals(1, after.get(unmatched) - before.getOrDefault(unmatched, 0.0), unmatched);
    }

    @Test
    void cacheRevisionPoolAndCurationWritesAreThereAndMove() {
        Map<String, Double> before = scrape();
        ExtractableResponse<Response> current = given().get(POPULATION).then().statusCode(200).extract();
        given().header("Authorization", "Bearer " + Tokens.curator("metrics@example.org"))
                .contentType(JSON).header("If-Match", current.header("ETag"))
                .body(PopulationCurationTest.edited(current, current.<Number>path("value").longValue() + 1))
                .when().put(POPULATION).then().statusCode(200);
        // The write changed the data: the first read is rendered anew (a miss), the second is kept (a hit).
        given().get("/api/v1/populations").then().statusCode(200);
        given().get("/api/v1/populations").then().statusCode(200);
        Map<String, Double> after = scrape();

        assertTrue(after.get("certstats_cache_misses_total") > before.get("certstats_cache_misses_total"), "misses moved");
        assertTrue(after.get("certstats_cache_hits_total") > before.get("certstats_cache_hits_total"), "hits moved");
        assertTrue(after.get("certstats_cache_size_bytes") > 0, "kept answers weigh something");
        assertEquals(0.0, after.get("certstats_cache_evictions_total"), "nothing evicted below the bound");
        assertTrue(after.get("certstats_data_revision") > before.get("certstats_data_revision"), "the write bumped the revision");
        assertTrue(after.get("certstats_data_revision_age_seconds") >= 0);
        assertEquals(1.0, after.get("certstats_data_revision_listening"), "listening for changes");
        String writes = "certstats_curation_writes_total{action=\"update\",resource=\"populations\"}";
        assertEquals(1, after.get(writes) - before.getOrDefault(writes, 0.0), writes);
        assertTrue(after.get("agroal_acquire_count_total{datasource=\"default\"}")
                > before.get("agroal_acquire_count_total{datasource=\"default\"}"), "the pool's connections are counted");
        assertTrue(after.containsKey("agroal_active_count{datasource=\"default\"}"));
    }

    /** Every sample of the Prometheus text format, by series (name and labels). */
    private static Map<String, Double> scrape() {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int space = line.lastIndexOf(' ');
                samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
            }
        }
        return samples;
    }
}
