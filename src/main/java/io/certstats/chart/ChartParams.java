package io.certstats.chart;

import io.certstats.formats.Language;
import io.certstats.validation.OneOf;
import io.certstats.validation.Params;
import io.certstats.validation.WholeNumber;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * What every chart takes: the program, the labels' language ({@code lang}, else Accept-Language) and the
 * drawing's width. A {@code @Valid @BeanParam ChartParams} parameter; a bad lang or width is a 400 naming it.
 */
public record ChartParams(
        @Parameter(description = "The program; default jp-all-certifications-engineers.",
                example = "jp-all-certifications-engineers")
        @QueryParam("program") String program,
        @Parameter(description = "The labels' language, ja or en (any case); default the first of the two that "
                + "Accept-Language names, else en.", schema = @Schema(type = SchemaType.STRING, enumeration = {"ja", "en"}))
        @QueryParam(Language.PARAMETER) @OneOf(Language.class) String lang,
        @Parameter(description = "The drawing's width in pixels, " + ChartParams.MIN_WIDTH + " to "
                + ChartParams.MAX_WIDTH + "; default " + ChartParams.DEFAULT_WIDTH + ". The height follows from it "
                + "and from what is drawn.",
                schema = @Schema(type = SchemaType.INTEGER, minimum = "" + ChartParams.MIN_WIDTH,
                        maximum = "" + ChartParams.MAX_WIDTH, defaultValue = "" + ChartParams.DEFAULT_WIDTH))
        @QueryParam("width") @WholeNumber(min = ChartParams.MIN_WIDTH, max = ChartParams.MAX_WIDTH) String width,
        @Parameter(description = "Picks the labels' language when lang is not given (ja or en; else en).",
                example = "ja")
        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {

    /** Narrower, the labels no longer fit; wider, nothing is gained but bytes. */
    public static final int MIN_WIDTH = 320;
    public static final int MAX_WIDTH = 1600;
    public static final int DEFAULT_WIDTH = 720;

    public Labels labels() {
        Language language = lang == null || lang.isEmpty() ? Language.of(acceptLanguage)
                : Language.parameterOrNull(lang);
        return Labels.of(language);
    }

    public int widthValue() {
        return Params.wholeNumber(width, DEFAULT_WIDTH);
    }
}
