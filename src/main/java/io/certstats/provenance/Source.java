package io.certstats.provenance;

import io.certstats.validation.IsoDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The provenance served with every figure: where it was read, when, and what the data says of it. */
@Schema(name = "Source", description = "Provenance of the figures it accompanies.")
public record Source(
        @Schema(description = "The sources the figures were taken from; empty when nothing but inference backs them.")
        List<@NotNull(message = "must be an object with a url") @Valid SourceLink> links,
        @Schema(description = "When the source published the figure, ISO-8601 with the precision known "
                + "(day or month); null when unknown.", example = "2024-06-20", nullable = true)
        @IsoDate(monthAllowed = true, pastOnly = true, groups = Source.Dated.class) String publishedOn,
        @Schema(description = "The data's own notes on these figures: caveats, conflicts, what is not confirmed; "
                + "null when it has none.",
                example = "count covers engineers at AWS Partner Network (APN) companies only", nullable = true)
        String notes,
        @Schema(description = "Names of fields of this object whose value is inferred rather than read at a source.",
                example = "[\"feeJpy\"]")
        List<String> inferred,
        @Schema(description = "How direct the evidence for these figures is; the weakest of its inputs for a "
                + "computed figure. Null only where the data grades nothing (a criteria list). A curator's body may "
                + "leave it out: the write is then graded SECONDARY.", nullable = true)
        EvidenceGrade grade) {

    /**
     * The validation group of a source whose publication date is kept (a program year's): its date is
     * checked too. Where none is kept, the body's own rule refuses one.
     */
    public interface Dated extends Default {
    }

    public static Source of(List<Citation> links, String publishedOn, String notes, List<String> inferred,
                            EvidenceGrade grade) {
        return new Source(Citation.links(links), publishedOn, notes, inferred == null ? List.of() : inferred, grade);
    }

    /** This source as a curator's write keeps it: without a grade, graded {@link EvidenceGrade#DEFAULT}. */
    public Source withDefaultGrade() {
        return grade != null ? this : new Source(links, publishedOn, notes, inferred, EvidenceGrade.DEFAULT);
    }
}
