package io.certstats.web;

/** Examples of problem answers for the OpenAPI annotations of every resource. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static final String BAD_PARAMETER = """
            {"type":"/problems/bad-parameter","title":"Bad parameter","status":400,
             "detail":"size must be a whole number from 1 to 100, not '1000'","instance":"/api/v1/certifications",
             "errors":[{"parameter":"size","in":"query","message":"must be a whole number from 1 to 100, not '1000'"}]}""";

    public static final String NOT_FOUND = """
            {"type":"/problems/not-found","title":"Not found","status":404,
             "detail":"No certification has the slug or exam code 'XYZ-C01'","instance":"/api/v1/certifications/XYZ-C01"}""";

    public static final String NOT_ACCEPTABLE = """
            {"type":"/problems/not-acceptable","title":"Not Acceptable","status":406,
             "detail":"This resource answers application/json; ask for it in the Accept header, or send none.",
             "instance":"/api/v1/certifications"}""";
}
