package io.certstats.certification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.certstats.provenance.Source;
import io.certstats.validation.CrossField;
import io.certstats.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import static io.certstats.provenance.PartialDate.iso;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** One exam code in a certification's history. */
@Schema(name = "ExamCode", description = "One exam code of a certification, with the dates the sources give.")
@CrossField
public record ExamCodeView(
        @Schema(example = "SAA-C03") @NotBlank(message = "{jakarta.validation.constraints.NotNull.message}") String code,
        @Schema(description = "First day the code could be taken (ISO-8601, day or month precision); null when unknown.",
                example = "2025-09-30", nullable = true) @IsoDate(monthAllowed = true) String liveFrom,
        @Schema(description = "Last day the code could be taken; null when unknown or still live.",
                example = "2025-09-29", nullable = true) @IsoDate(monthAllowed = true) String liveUntil,
        @Schema(description = "A day someone is known to have taken this code: proof it was live then, not its launch; "
                + "null when none is known.", example = "2023-10-14", nullable = true)
        @IsoDate(monthAllowed = true, pastOnly = true) String observedLiveOn,
        @Valid Source source,
        @Schema(description = "Whether this code could be taken on the day asked about (activeOn), by its own "
                + "dates and, where it has none, its certification's launch and end; absent without activeOn. "
                + "Said by the API, never written: a PUT body must leave it out.", readOnly = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Availability.State availability) implements CrossField.Rule {

    @Override
    public void check(CrossField.Rejections rejections) {
        if (source != null && source.publishedOn() != null) {
            rejections.reject("source.publishedOn", CertificationUpdate.UNDATED);
        }
        if (availability != null) {
            rejections.reject("availability", "is said by the API of a day (activeOn), not written");
        }
    }

    /** With its availability on {@code day} by {@link Availability}'s rule, or without one when day is null. */
    static ExamCodeView of(ExamVersion v, Certification certification, LocalDate day) {
        return new ExamCodeView(v.examCode, iso(v.liveFrom), iso(v.liveUntil), iso(v.observedLiveOn),
                Source.of(v.sources, null, v.notes, v.inferred, v.grade),
                day == null ? null : Availability.on(v, certification, day));
    }
}
