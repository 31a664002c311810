package io.certstats.errors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (application/problem+json).",
        requiredProperties = {"type", "title", "status", "detail", "instance", "requestId"}) // errors only when there are some
public record Problem(
        @Schema(description = "A URI reference that identifies the kind of problem.", example = "/problems/bad-parameter",
                type = SchemaType.STRING, format = "uri-reference")
        URI type,
        @Schema(description = "A short summary of the kind of problem.", example = "Bad parameter")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong in this request, and what is allowed.",
                example = "size must be a whole number from 1 to 100")
        String detail,
        @Schema(description = "The request path that caused the problem.", example = "/api/v1/certifications",
                type = SchemaType.STRING, format = "uri-reference")
        URI instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "For bad parameters or body fields: each one and what was wrong with it.")
        List<ParameterError> errors,
        @Schema(description = "The id of the request, as in its X-Request-Id header and the server's logs; "
                + "quote it when reporting a problem.", example = "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem of a registered type; {@code status} is the type's own except for {@link ProblemType#REQUEST_REFUSED}. */
    public static Problem of(ProblemType type, int status, String detail, URI instance, List<ParameterError> errors,
                             String requestId) {
        return new Problem(type.uri(), type.title(), status, detail, instance, errors, requestId);
    }

    /** The request id's header: web/RequestIdFilter sets it on every request and answer. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    @Schema(name = "ParameterError", description = "One bad parameter of a request, or one bad field of its body.")
    public record ParameterError(
            @Schema(description = "The parameter's name, or the body field's JSON path (source.links[0].url).",
                    example = "size")
            String parameter,
            @Schema(description = "Where it was given: query, path, header or body.", example = "query")
            String in,
            @Schema(description = "What was wrong, and what is allowed.", example = "must be a whole number from 1 to 100")
            String message) {

        public static ParameterError query(String name, String message) {
            return new ParameterError(name, "query", message);
        }

        public static ParameterError path(String name, String message) {
            return new ParameterError(name, "path", message);
        }

        public static ParameterError body(String field, String message) {
            return new ParameterError(field, "body", message);
        }

        /** The detail of a problem listing these: each "name message", joined by "; ". */
        public static String detail(List<ParameterError> errors) {
            return String.join("; ", errors.stream().map(ParameterError::toString).toList());
        }

        @Override
        public String toString() {
            return parameter + " " + message;
        }
    }
}
