package io.certstats.curation;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AuditEntry", description = "One accepted write of the curation API, or what a release's seed run "
        + "did with a resource a curator wrote.")
public record AuditEntryView(
        @Schema(description = "Increasing with each entry.", example = "17") long id,
        @Schema(description = "When the write was accepted, or the seed ran (UTC).", example = "2026-11-26T15:40:12.345Z")
        OffsetDateTime writtenAt,
        @Schema(description = "Who wrote: the token's upn (or preferred_username), else its subject; for the seed "
                + "migration, 'seed: ' and the data file it read.", example = "alice@example.org") String actor,
        @Schema(description = "create or update: a curator's write. keep-curated: a release's data file disagrees "
                + "with a resource a curator wrote, and the curated values were kept (oldValue: the curated values "
                + "that differ, newValue: the file's, by database column, or by exam code or certification code for a "
                + "certification's exam codes and a year's criteria). hand-back: the data files now say "
                + "exactly what the curator wrote, so the resource follows the files again (newValue: what they say).",
                enumeration = {"create", "update", "keep-curated", "hand-back"}, example = "update") String action,
        @Schema(description = "The path written.", example = "/api/v1/populations/jp-it-companies") String resource,
        @Schema(description = "The resource's JSON representation before the write; null when it created it, and "
                + "for hand-back.", type = SchemaType.OBJECT, implementation = Object.class, nullable = true)
        JsonNode oldValue,
        @Schema(description = "The resource's JSON representation after the write; for the seed's entries, the "
                + "data files' values.", type = SchemaType.OBJECT, implementation = Object.class)
        JsonNode newValue) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.writtenAt, e.actor, e.action, e.resource, e.oldValue, e.newValue);
    }
}
