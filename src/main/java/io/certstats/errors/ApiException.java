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

    /** 400 bad-parameter naming each parameter (query, path or header) with what was wrong. */
    public static ApiException badParameters(List<Problem.ParameterError> errors) {
        return new ApiException(ProblemType.BAD_PARAMETER, Problem.ParameterError.detail(errors), errors);
    }

    /** A request body that is not JSON, or whose fields are not acceptable; each bad field is named. */
    public static ApiException invalidBody(List<Problem.ParameterError> errors) {
        return new ApiException(ProblemType.INVALID_BODY, Problem.ParameterError.detail(errors), errors);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.ParameterError> errors() {
        return errors;
    }
}
