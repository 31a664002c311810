package io.certstats.cost;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.certstats.certification.Level;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A certification's exam as pricing sees it: its code, slug and level (fees are per level). The
 * answers that list exams unwrap it, so its fields are theirs in JSON.
 */
public record Exam(
        @JsonProperty("certification") @Schema(description = "The certification's code.", example = "SAA") String code,
        @Schema(example = "solutions-architect-associate") String slug,
        @Schema(example = "ASSOCIATE") Level level) {
}
