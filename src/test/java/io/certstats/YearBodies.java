package io.certstats;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Bodies of a curator's PUT of a program year, built from what GET serves. */
public final class YearBodies {

    private YearBodies() {
    }

    /** What GET serves at {@code path}, with another count. */
    public static Map<String, Object> withCount(String path, int count) {
        ExtractableResponse<Response> current = given().when().get(path).then().statusCode(200).extract();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", current.path("name"));
        body.put("count", count);
        body.put("requiredCertifications", current.path("requiredCertifications"));
        body.put("criteria", current.path("criteria.code"));
        body.put("criteriaUrl", current.path("criteriaUrl"));
        body.put("source", current.path("source"));
        return body;
    }
}
