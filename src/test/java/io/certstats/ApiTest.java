package io.certstats;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Base of the REST Assured tests: a failed assertion prints the request and the answer, and every
 * request and answer is checked against the committed openapi.yaml ({@link OpenApiContract}).
 */
public abstract class ApiTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (RestAssured.filters().stream().noneMatch(OpenApiContract.class::isInstance)) {
            RestAssured.filters(new OpenApiContract());
        }
    }

    protected static final String JSON = "application/json";
    protected static final String PROBLEM = "application/problem+json";

    /** A request that breaks the contract on purpose (a 400 case): only the answer is checked against the spec. */
    protected static RequestSpecification invalidRequest() {
        return RestAssured.given().filter(OpenApiContract.invalidRequest());
    }

    /** A path or method the API does not have: the spec has no operation for it, so the answer must be a Problem. */
    protected static RequestSpecification outsideTheSpec() {
        return RestAssured.given().filter(OpenApiContract.outsideTheSpec());
    }
}
