package io.certstats.curation;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * Who may write: every curation operation refuses a missing or bad token with 401 and a token
 * without the role with 403, as problem+json, before looking at the request; reads stay public.
 * (A body is sent so that the refusal cannot be a complaint about the body.)
 */
@QuarkusTest
class CurationAuthTest extends ApiTest {

    /** Method and path of every operation that needs a curator. */
    static Stream<String[]> curatorOperations() {
        return Stream.of(
                new String[]{"PUT", "/api/v1/programs/jp-all-certifications-engineers/years/2024"},
                new String[]{"PUT", "/api/v1/populations/jp-it-companies"},
                new String[]{"PUT", "/api/v1/certifications/solutions-architect-associate"},
                new String[]{"GET", "/api/v1/audit"});
    }

    private static RequestSpecification request(String token) {
        RequestSpecification request = invalidRequest().contentType(JSON).body("{}").header("If-Match", "*");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    @ParameterizedTest
    @MethodSource("curatorOperations")
    void withoutATokenIs401Problem(String method, String path) {
        request(null).when().request(method, path)
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401))
                .body("type", equalTo("/problems/unauthorized"))
                .body("instance", equalTo(path))
                .body("detail", containsString("Authorization: Bearer"));
    }

    @ParameterizedTest
    @MethodSource("curatorOperations")
    void expiredWronglySignedForeignOrGarbledTokensAre401Problem(String method, String path) {
        for (String token : new String[]{Tokens.expired("alice"), Tokens.wronglySigned("mallory"),
                Tokens.otherIssuer("mallory"), "not-a-jwt"}) {
            request(token).when().request(method, path)
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""))
                    .body("status", equalTo(401))
                    .body("type", equalTo("/problems/invalid-token"))
                    .body("instance", equalTo(path));
        }
    }

    @ParameterizedTest
    @MethodSource("curatorOperations")
    void aTokenWithoutTheCuratorRoleIs403Problem(String method, String path) {
        request(Tokens.reader("bob")).when().request(method, path)
                .then().statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403))
                .body("type", equalTo("/problems/forbidden"))
                .body("detail", containsString("'curator'"))
                .body("instance", equalTo(path));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/programs/jp-all-certifications-engineers/years/2024", "/api/v1/populations/jp-it-companies",
            "/api/v1/certifications/solutions-architect-associate", "/api/v1/certifications"})
    void readsStayPublicWhateverTokenComesWithThem(String path) {
        given().when().get(path).then().statusCode(200).contentType(JSON);
        given().header("Authorization", "Bearer " + Tokens.wronglySigned("mallory")).when().get(path).then().statusCode(200);
        given().header("Authorization", "Bearer " + Tokens.reader("bob")).when().get(path).then().statusCode(200);
    }
}
