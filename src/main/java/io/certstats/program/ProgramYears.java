package io.certstats.program;

import io.certstats.web.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgramYearPage", description = "One page of a program's years, oldest first, and the growth over "
        + "the whole range asked for (all pages).")
public record ProgramYears(
        List<ProgramYearView> items,
        @Schema(description = "How many years are in the range, on all pages.", example = "5") long total,
        @Schema(description = "This page's number, from 1.", example = "1") int page,
        @Schema(description = "The page size asked for.", example = "50") int size,
        @Schema(description = "Growth over the whole range asked for (all pages).") Growth growth) implements Paged {
}
