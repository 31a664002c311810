package io.certstats.formats;

import jakarta.ws.rs.core.MediaType;

/**
 * The representations the API writes. Chosen by {@code Accept} ({@link Accept}), or by {@code ?format=}
 * for a browser link or a spreadsheet's "import from URL" (web/FormatParameterFilter); {@code ?pretty}
 * indents JSON.
 */
public enum Format {
    JSON(MediaType.APPLICATION_JSON),
    CSV("text/csv"),
    /** Charts and badges, drawn by the feature that owns them ({@link Drawing}). */
    SVG("image/svg+xml");

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String SVG_MEDIA_TYPE = "image/svg+xml";

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code format} query parameter ({@code json}, {@code csv} or {@code svg}, any case), or null when it names no format. */
    public static Format parameterOrNull(String value) {
        for (Format format : values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        return null;
    }

    /** The format of a negotiated response media type. */
    public static Format of(MediaType type) {
        if (type != null && type.isCompatible(MediaType.valueOf(SVG_MEDIA_TYPE))) {
            return SVG;
        }
        return type != null && type.isCompatible(MediaType.valueOf(CSV_MEDIA_TYPE)) ? CSV : JSON;
    }
}
