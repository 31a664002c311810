package io.certstats.program;

import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code {slug}} and {@code {year}} of a read of one program year (its detail, its cost): a
 * {@code @Valid @BeanParam ProgramYearPath} parameter, so both reads declare and document them once.
 */
public record ProgramYearPath(
        @Parameter(description = "The program's slug.", example = "jp-all-certifications-engineers")
        @PathParam("slug") String slug,
        @Parameter(description = "The year.", example = "2025", schema = @Schema(ref = YearParam.SCHEMA))
        @PathParam("year") @YearParam String year) {

    /** The year as a number (its constraint has passed). */
    public int yearNumber() {
        return Params.wholeNumber(year, YearParam.FIRST);
    }
}
