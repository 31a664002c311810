package io.certstats.errors;

import java.net.URI;
import java.util.List;

/**
 * The problem a read answers when it names a query parameter its operation does not declare
 * (caching/UnknownParameters sends it; the API document shows it on every read).
 */
public final class UnknownParameter {

    private UnknownParameter() {
    }

    /**
     * @param operation the operation's path template, e.g. {@code /api/v1/certifications}
     * @param accepted  the query parameters it accepts, in their declared order
     */
    public static Problem problem(URI instance, String operation, List<String> accepted, List<String> unknown,
                                  String requestId) {
        String list = String.join(", ", accepted);
        String detail = String.join(", ", unknown)
                + (unknown.size() == 1 ? " is not a query parameter" : " are not query parameters")
                + " of GET " + operation + ", which accepts " + list + ".";
        List<Problem.ParameterError> errors = unknown.stream().map(name -> new Problem.ParameterError(name, "query",
                "is not a parameter of this operation; it accepts " + list)).toList();
        return Problem.of(ProblemType.UNKNOWN_PARAMETER, detail, instance, errors, requestId);
    }
}
