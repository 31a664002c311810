package io.certstats.curation;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "AuditEntry", description = "One accepted write of the curation API.")
public record AuditEntryView(
        @Schema(description = "Increasing with each write.", example = "17") long id,
        @Schema(description = "When the write was accepted (UTC).", example = "2026-11-26T15:40:12.345Z")
        OffsetDateTime writtenAt,
        @Schema(description = "Who wrote: the token's upn (or preferred_username), else its subject.",
                example = "alice@example.org") String actor,
        @Schema(description = "Whether the write created the resource or changed it.",
                enumeration = {"create", "update"}, example = "update") String action,
        @Schema(description = "The path written.", example = "/api/v1/populations/jp-it-companies") String resource,
        @Schema(description = "The resource's JSON representation before the write; null when it created it.",
                type = SchemaType.OBJECT, implementation = Object.class, nullable = true) JsonNode oldValue,
        @Schema(description = "The resource's JSON representation after the write.", type = SchemaType.OBJECT,
                implementation = Object.class)
        JsonNode newValue) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.writtenAt, e.actor, e.action, e.resource, e.oldValue, e.newValue);
    }
}
