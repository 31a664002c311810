package io.certstats.web;

import java.util.List;

/** A failure that the client can act on; {@link ProblemMapper} turns it into a problem answer. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.ParameterError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.ParameterError> errors) {
        super(detail, null, false, false); // an expected answer: no stack trace to collect
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not Found", detail, List.of());
    }

    /** The program year exists, or may, but no count is published for it: a gap the data keeps visible. */
    public static ApiException noCount(String detail) {
        return new ApiException(404, "no-count", "No count published", detail, List.of());
    }

    public static ApiException badParameters(List<Problem.ParameterError> errors) {
        String detail = String.join("; ", errors.stream().map(Problem.ParameterError::toString).toList());
        return new ApiException(400, "bad-parameter", "Bad parameter", detail, errors);
    }

    /** A request body that is not JSON, or whose fields are not acceptable; each bad field is named. */
    public static ApiException invalidBody(List<Problem.ParameterError> errors) {
        String detail = String.join("; ", errors.stream().map(Problem.ParameterError::toString).toList());
        return new ApiException(400, "invalid-body", "Invalid request body", detail, errors);
    }

    /** {@code If-Match} names a representation that is no longer current: someone wrote in between. */
    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition Failed", detail, List.of());
    }

    /** A write without {@code If-Match}: refused, so that no update is lost unseen. */
    public static ApiException preconditionRequired(String detail) {
        return new ApiException(428, "precondition-required", "Precondition Required", detail, List.of());
    }

    public static ApiException badParameter(String parameter, String message) {
        return badParameters(List.of(new Problem.ParameterError(parameter, "query", message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.ParameterError> errors() {
        return errors;
    }
}
