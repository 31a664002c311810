package io.certstats.cost;

import io.certstats.validation.CrossField;
import io.certstats.validation.OneOf;
import io.certstats.validation.Params;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code currency} (JPY or USD, default JPY) and {@code tax} (default false; JPY only) of a priced
 * answer: a {@code @Valid @BeanParam PriceParams} parameter.
 */
@CrossField
public record PriceParams(
        @Parameter(description = "JPY or USD; default JPY.",
                schema = @Schema(enumeration = {"JPY", "USD"}, defaultValue = "JPY"))
        @QueryParam("currency") @OneOf(Currency.class) String currency,
        @Parameter(description = "Include Japan's consumption tax (JPY only); default false.",
                schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
        @QueryParam("tax") @Pattern(regexp = "(?i)\\s*(true|false)\\s*",
                message = "must be true or false, not '${validatedValue}'") String tax) implements CrossField.Rule {

    public PriceOptions options() {
        return new PriceOptions(currency == null ? Currency.JPY : Params.constant(currency, Currency.class), taxed());
    }

    private boolean taxed() {
        return tax != null && tax.strip().equalsIgnoreCase("true");
    }

    @Override
    public void check(CrossField.Rejections rejections) {
        if (taxed() && currency != null && currency.strip().equalsIgnoreCase(Currency.USD.name())) {
            rejections.reject("tax", "is known only for JPY (Japan's consumption tax); use tax=false with USD");
        }
    }
}
