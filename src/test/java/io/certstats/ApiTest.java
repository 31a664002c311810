package io.certstats;

import io.restassured.RestAssured;

/** Base of the REST Assured tests: a failed assertion prints the request and the answer. */
public abstract class ApiTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    protected static final String JSON = "application/json";
    protected static final String PROBLEM = "application/problem+json";
}
