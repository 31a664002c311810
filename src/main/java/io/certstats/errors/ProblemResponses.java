package io.certstats.errors;

/** Examples of problem answers for the OpenAPI annotations of every resource. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static final String BAD_PARAMETER = """
            {"type":"/problems/bad-parameter","title":"Bad parameter","status":400,
             "detail":"size must be a whole number from 1 to 100, not '1000'","instance":"/api/v1/certifications",
             "errors":[{"parameter":"size","in":"query","message":"must be a whole number from 1 to 100, not '1000'"}],
             "requestId":"3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";

    public static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"Not found","status":404,
             "detail":"No certification has the slug or exam code 'XYZ-C01'","instance":"/api/v1/certifications/XYZ-C01",
             "requestId":"3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";

    public static final String UNAUTHORIZED = """
            {"type":"/problems/unauthorized","title":"Unauthorized","status":401,
             "detail":"This needs a curator's bearer token: send Authorization: Bearer <JWT>.",
             "instance":"/api/v1/populations/jp-it-companies",
             "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";

    public static final String FORBIDDEN = """
            {"type":"/problems/forbidden","title":"Forbidden","status":403,
             "detail":"Your token does not grant the role 'curator', which this needs.",
             "instance":"/api/v1/populations/jp-it-companies",
             "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";

    public static final String PRECONDITION_FAILED = """
            {"type":"/problems/precondition-failed","title":"Precondition Failed","status":412,
             "detail":"If-Match \\"kq3Zz0jX2yQbH9-1n6mJpW4aTc8\\" is not the current ETag \\"Vn0eQm1c7yL4tX2pR8sK5hA3dGw\\": the resource changed since you read it. GET it again, re-apply your edit, and retry.",
             "instance":"/api/v1/populations/jp-it-companies",
             "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";

    public static final String PRECONDITION_REQUIRED = """
            {"type":"/problems/precondition-required","title":"Precondition Required","status":428,
             "detail":"Send If-Match with the ETag of the representation you edited (GET it first: ETag \\"Vn0eQm1c7yL4tX2pR8sK5hA3dGw\\").",
             "instance":"/api/v1/populations/jp-it-companies",
             "requestId": "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c"}""";
}
