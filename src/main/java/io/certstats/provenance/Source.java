package io.certstats.provenance;

import io.certstats.validation.PartialDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;

/** The provenance served with every figure: where it was read, when, and what the data says of it. */
@Schema(name = "Source", description = "Provenance of the figures it accompanies.")
public record Source(
        @Schema(description = "The sources the figures were taken from; empty when nothing but inference backs them.")
        List<@NotNull(message = "must be an object with a url") @Valid SourceLink> links,
        @Schema(description = "When the source published the figure, ISO-8601 with the precision known "
                + "(day or month); null when unknown.", example = "2024-06-20", nullable = true)
        @PartialDate(pastOnly = true, groups = Source.Dated.class) String publishedOn,
        @Schema(description = "The data's own notes on these figures: caveats, conflicts, what is not confirmed; "
                + "null when it has none.",
                example = "count covers engineers at AWS Partner Network (APN) companies only", nullable = true)
        String notes,
        @Schema(description = "Names of fields of this object whose value is inferred rather than read at a source.",
                example = "[\"feeJpy\"]")
        List<String> inferred) {

    /**
     * The validation group of a source whose publication date is kept (a program year's): its date is
     * checked too. Where none is kept, the body's own rule refuses one.
     */
    public interface Dated extends Default {
    }

    public static Source of(String sourceUrls, String publishedOn, String notes, String inferred) {
        return new Source(SourceLink.parseAll(sourceUrls), publishedOn, notes, inferredFields(inferred));
    }

    public static Source of(String sourceUrls, String notes) {
        return of(sourceUrls, null, notes, null);
    }

    /** The links in the data files' form, for storing a curated source. */
    public String sourceUrls() {
        return SourceLink.formatAll(links);
    }

    /** The inferred field names in the data files' form, or null for none. */
    public String inferredText() {
        return inferred == null || inferred.isEmpty() ? null : String.join(" | ", inferred);
    }

    static List<String> inferredFields(String inferred) {
        if (inferred == null || inferred.isBlank()) {
            return List.of();
        }
        return Arrays.stream(inferred.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
