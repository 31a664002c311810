package io.certstats.errors;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;

@Schema(name = "ProblemType", description = "A kind of problem: what it means and how to fix the request.")
public record ProblemTypeView(
        @Schema(description = "The type URI that problems of this kind carry.", example = "/problems/bad-parameter",
                type = SchemaType.STRING, format = "uri-reference") URI type,
        @Schema(example = "Bad parameter") String title,
        @Schema(description = "The HTTP status of its answers.", example = "400") int status,
        @Schema(description = "What the problem means.") String meaning,
        @Schema(description = "How to fix the request.") String fix) {

    static ProblemTypeView of(ProblemType type) {
        return new ProblemTypeView(type.uri(), type.title(), type.status(), type.meaning(), type.fix());
    }
}
