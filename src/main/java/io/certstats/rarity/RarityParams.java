package io.certstats.rarity;

import io.certstats.validation.CrossField;
import io.certstats.validation.Params;
import io.certstats.validation.WholeNumber;
import io.certstats.validation.YearParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What to measure: a program's count for a year against a population base, or the caller's own
 * {@code count} and {@code base}; the two forms cannot be mixed. A {@code @Valid @BeanParam} parameter.
 */
@CrossField
public record RarityParams(
        @Parameter(description = "The program whose count to measure; default jp-all-certifications-engineers.",
                example = "jp-all-certifications-engineers")
        @QueryParam("program") String program,
        @Parameter(description = "The year of the count; default the latest year with a published count.",
                example = "2024", schema = @Schema(ref = YearParam.SCHEMA))
        @QueryParam("year") @YearParam String year,
        @Parameter(description = "The population base's slug; default jp-it-company-employees.",
                example = "jp-it-companies")
        @QueryParam("population") String population,
        @Parameter(description = "Your own count (a whole number, 0 or more); use with base.",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", example = "1500"))
        @QueryParam("count") @WholeNumber(min = 0) String count,
        @Parameter(description = "Your own base (a whole number, 1 or more, not less than count); use with count.",
                schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1", example = "1575414"))
        @QueryParam("base") @WholeNumber(min = 1) String base) implements CrossField.Rule {

    /** The caller's own numbers were given, not a program year. */
    boolean ownNumbers() {
        return count != null || base != null;
    }

    Integer yearValue() {
        return Params.year(year);
    }

    @Override
    public void check(CrossField.Rejections rejections) {
        if (!ownNumbers()) {
            return;
        }
        String[][] programYear = {{"program", program}, {"year", year}, {"population", population}};
        for (String[] given : programYear) {
            if (given[1] != null) {
                rejections.reject(given[0], "cannot be combined with count and base");
            }
        }
        if (count == null) {
            rejections.reject("count", "is required with base");
        }
        if (base == null) {
            rejections.reject("base", "is required with count");
        }
        long c = Params.wholeNumberOr(count, 0, Long.MAX_VALUE, -1);
        long b = Params.wholeNumberOr(base, 1, Long.MAX_VALUE, -1);
        if (c >= 0 && b >= 1 && c > b) {
            rejections.reject("count", "must not be larger than base (" + c + " > " + b + ")");
        }
    }
}
