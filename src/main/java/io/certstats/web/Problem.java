package io.certstats.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/** An error answer, as RFC 9457 {@code application/problem+json}. */
@Schema(name = "Problem", description = "An error, as RFC 9457 problem details (application/problem+json).")
public record Problem(
        @Schema(description = "A URI that identifies the kind of problem.", example = "/problems/bad-parameter")
        URI type,
        @Schema(description = "A short summary of the kind of problem.", example = "Bad parameter")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "What went wrong in this request, and what is allowed.",
                example = "size must be a whole number from 1 to 100")
        String detail,
        @Schema(description = "The request path that caused the problem.", example = "/api/v1/certifications")
        URI instance,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "For bad parameters: each parameter and what was wrong with it.")
        List<ParameterError> errors,
        @Schema(description = "The id of the request, as in its X-Request-Id header and the server's logs; "
                + "quote it when reporting a problem.", example = "3f1c2a9e-8b7d-4f2e-9c1a-5d6e7f8a9b0c")
        String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "ParameterError", description = "One bad parameter of a request.")
    public record ParameterError(
            @Schema(description = "The parameter's name.", example = "size")
            String parameter,
            @Schema(description = "Where the parameter was given.", example = "query")
            String in,
            @Schema(description = "What was wrong, and what is allowed.", example = "must be a whole number from 1 to 100")
            String message) {

        @Override
        public String toString() {
            return parameter + " " + message;
        }
    }
}
