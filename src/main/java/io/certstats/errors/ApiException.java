package io.certstats.errors;

import java.util.List;

/**
 * A failure that the client can act on, of one of the {@link ProblemType}s; {@link ProblemMapper}
 * answers it as a problem. Rules a constraint annotation can say belong on the bound parameter or
 * body record instead; this is for rules that need the data (an unknown slug, an exam code of another
 * certification) or the clock.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.ParameterError> errors;

    public ApiException(ProblemType type, String detail, List<Problem.ParameterError> errors) {
        super(detail, null, false, false); // an expected answer: no stack trace to collect
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public ApiException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    /** The program year exists, or may, but no count is published for it: a gap the data keeps visible. */
    public static ApiException noCount(String detail) {
        return new ApiException(ProblemType.NO_COUNT, detail);
    }

    /** 400 bad-parameter naming each parameter (query, path or header) with what was wrong. */
    public static ApiException badParameters(List<Problem.ParameterError> errors) {
        return new ApiException(ProblemType.BAD_PARAMETER, Problem.ParameterError.detail(errors), errors);
    }

    public static ApiException badParameter(String parameter, String message) {
        return badParameters(List.of(Problem.ParameterError.query(parameter, message)));
    }

    /** A request body that is not JSON, or whose fields are not acceptable; each bad field is named. */
    public static ApiException invalidBody(List<Problem.ParameterError> errors) {
        return new ApiException(ProblemType.INVALID_BODY, Problem.ParameterError.detail(errors), errors);
    }

    /** {@code If-Match} names a representation that is no longer current: someone wrote in between. */
    public static ApiException preconditionFailed(String detail) {
        return new ApiException(ProblemType.PRECONDITION_FAILED, detail);
    }

    /** A write without {@code If-Match}: refused, so that no update is lost unseen. */
    public static ApiException preconditionRequired(String detail) {
        return new ApiException(ProblemType.PRECONDITION_REQUIRED, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.ParameterError> errors() {
        return errors;
    }
}
