package io.certstats.provenance;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;

/** How direct the evidence for a figure is, strongest first: the data files' {@code grade} column (V7). */
@Schema(name = "EvidenceGrade", description = "How direct the evidence for the figures is: PRIMARY (read on the "
        + "publisher's own page, or a word-for-word copy of it), SECONDARY (someone else quoting or reporting it) or "
        + "INFERRED (derived; the reasoning is in notes). A figure computed from others (a rarity, a growth) has "
        + "the weakest grade of its inputs.")
public enum EvidenceGrade {
    PRIMARY, SECONDARY, INFERRED;

    /** What a curator's write is graded when its source names no grade: a report of the figure, not the original. */
    public static final EvidenceGrade DEFAULT = SECONDARY;

    /** The weakest of the grades given (nulls, e.g. a caller's own number, are left out); null when none is. */
    public static EvidenceGrade weakest(EvidenceGrade... grades) {
        return Stream.of(grades).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
