package io.certstats.formats;

import io.certstats.web.ApiException;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * The representations the API writes. Chosen by {@code Accept}, or by {@code ?format=} for a
 * browser link or a spreadsheet's "import from URL"; {@code ?pretty} indents JSON.
 */
public enum Format {
    JSON(MediaType.APPLICATION_JSON),
    CSV("text/csv");

    public static final String CSV_MEDIA_TYPE = "text/csv";

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code format} query parameter: {@code json} or {@code csv}, any case. */
    public static Format parameter(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("format", "must be json or csv, not '" + value + "'");
        }
    }

    /** The format of a negotiated response media type. */
    public static Format of(MediaType type) {
        return type != null && type.isCompatible(MediaType.valueOf(CSV_MEDIA_TYPE)) ? CSV : JSON;
    }
}
