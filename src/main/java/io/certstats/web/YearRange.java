package io.certstats.web;

import io.certstats.validation.CrossField;
import io.certstats.validation.Params;
import io.certstats.validation.YearParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code from} and {@code to} years of a read over a range of years (each {@link YearParam},
 * {@code from} not after {@code to}; both ends included): a {@code @Valid @BeanParam YearRange} parameter.
 */
@CrossField
public record YearRange(
        @Parameter(description = "First year to include.", schema = @Schema(ref = YearParam.SCHEMA))
        @QueryParam("from") @YearParam String from,
        @Parameter(description = "Last year to include.", schema = @Schema(ref = YearParam.SCHEMA))
        @QueryParam("to") @YearParam String to) implements CrossField.Rule {

    /** The first year: {@code from}, or {@link YearParam#FIRST} when not given. */
    public int first() {
        return (int) Params.wholeNumberOr(from, YearParam.FIRST, YearParam.LAST, YearParam.FIRST);
    }

    /** The last year: {@code to}, or {@link YearParam#LAST} when not given. */
    public int last() {
        return (int) Params.wholeNumberOr(to, YearParam.FIRST, YearParam.LAST, YearParam.LAST);
    }

    public boolean includes(int year) {
        return year >= first() && year <= last();
    }

    @Override
    public void check(CrossField.Rejections rejections) {
        if (first() > last()) {
            rejections.reject("from", "must not be after to (" + first() + " > " + last() + ")");
        }
    }
}
