package io.certstats.formats;

import io.certstats.caching.RepresentationCache;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The response cache keys an answer on the representation {@link Accept#negotiate} picks from the
 * Accept header, before RESTEasy sees the request. Wherever it picks one, RESTEasy must pick the
 * same, or a kept answer would differ from a rendered one; where RESTEasy's choice is irregular it
 * must pick none. Each Accept here asks for a page not yet kept, so RESTEasy answers it first.
 */
@QuarkusTest
class AcceptNegotiationTest {

    static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/csv", "application/*", "text/*",
            "application/json, text/csv", "text/csv, application/json", "text/*, application/*",
            "application/*, text/*", "application/json; charset=utf-16", "text/csv;charset=latin1",
            "application/json;q=0.5, text/csv;q=0.5", "text/csv;q=0.5, application/json;q=0.5",
            "application/json;q=0", "*/*;q=0.1, text/csv;q=0.1", "text/csv;q=0.1, */*", "APPLICATION/JSON",
            "Text/CSV", "text/csv;q=0.9, application/json", "application/json;q=0.9, text/csv",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8",
            "application/xml, text/csv;q=0.2", "image/png", "text/html", "*/*;q=0", "application/json ; q=0.5",
            "application/json;q=2", "application/json;q=abc", "application/json,", ",", "json", "*/json",
            "application/json;;", "application/json;foo", "", " ", "text/csv; q=0.5, application/json; q=0.4",
            "application/problem+json, application/json;q=0.5", "text/plain, */*;q=0.01");

    @Inject
    RepresentationCache cache;

    @Test
    void whereTheCachePicksARepresentationRestEasyPicksTheSame() {
        cache.clear();
        List<String> disagreements = new ArrayList<>();
        int decided = 0;
        for (int i = 0; i < ACCEPTS.size(); i++) {
            String accept = ACCEPTS.get(i);
            Format picked = Accept.negotiate(List.of(accept), List.of(Format.JSON, Format.CSV));
            Response rendered = RestAssured.given().header("Accept", accept)
                    .get("/api/v1/certifications?size=" + (i + 1));
            if (picked == null) {
                continue;
            }
            decided++;
            String type = rendered.getContentType();
            Format served = rendered.statusCode() == 200 ? Format.of(MediaType.valueOf(type)) : null;
            if (served != picked) {
                disagreements.add("'" + accept + "': cache " + picked + ", RESTEasy " + rendered.statusCode() + " " + type);
            }
        }
        System.out.printf("Accept negotiation: %d of %d headers decided before RESTEasy, %d disagreements%n",
                decided, ACCEPTS.size(), disagreements.size());
        assertEquals(List.of(), disagreements);
    }
}
