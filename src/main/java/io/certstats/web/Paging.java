package io.certstats.web;

import io.certstats.validation.Params;
import io.certstats.validation.WholeNumber;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page} (from 1) and {@code size} (1–100, default 50) of a list request: a
 * {@code @Valid @BeanParam Paging paging} parameter of the resource method. The parameters are bound
 * as text and checked by their constraints, so a bad one is a 400 naming it.
 */
public record Paging(
        @Parameter(description = "Page number, from 1.",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
        @QueryParam("page") @WholeNumber(min = 1, max = Integer.MAX_VALUE) String pageText,
        @Parameter(description = "Items per page, 1 to " + Paging.MAX_SIZE + ".",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + Paging.MAX_SIZE,
                        defaultValue = "" + Paging.DEFAULT_SIZE))
        @QueryParam("size") @WholeNumber(min = 1, max = Paging.MAX_SIZE) String sizeText) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;

    public int page() {
        return Params.wholeNumber(pageText, 1);
    }

    public int size() {
        return Params.wholeNumber(sizeText, DEFAULT_SIZE);
    }
}
