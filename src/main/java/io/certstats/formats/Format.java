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
    SVG("image/svg+xml"),
    /** Citations ({@link Cited}): an array of CSL items, what Zotero, Pandoc and citeproc read. */
    CSL_JSON("application/vnd.citationstyles.csl+json", "csl-json"),
    BIBTEX("application/x-bibtex"),
    RIS("application/x-research-info-systems"),
    /** The data package ({@link Archive}): the dataset's CSVs and their descriptor, as one file. */
    ZIP("application/zip");

    public static final String CSV_MEDIA_TYPE = "text/csv";
    public static final String SVG_MEDIA_TYPE = "image/svg+xml";
    public static final String CSL_JSON_MEDIA_TYPE = "application/vnd.citationstyles.csl+json";
    public static final String BIBTEX_MEDIA_TYPE = "application/x-bibtex";
    public static final String RIS_MEDIA_TYPE = "application/x-research-info-systems";
    public static final String ZIP_MEDIA_TYPE = "application/zip";

    private final String mediaType;
    private final String parameter;

    Format(String mediaType) {
        this(mediaType, null);
    }

    Format(String mediaType, String parameter) {
        this.mediaType = mediaType;
        this.parameter = parameter;
    }

    /** Its value of {@code ?format=}: the name in lower case, or the hyphenated form a name cannot hold. */
    public String parameter() {
        return parameter != null ? parameter : name().toLowerCase(java.util.Locale.ROOT);
    }

    public String mediaType() {
        return mediaType;
    }

    /** The {@code format} query parameter ({@code json}, {@code csv}, {@code svg}, {@code csl-json}, {@code bibtex}, {@code ris} or {@code zip}, any case), or null when it names no format. */
    public static Format parameterOrNull(String value) {
        for (Format format : values()) {
            if (format.parameter().equalsIgnoreCase(value.strip())) {
                return format;
            }
        }
        return null;
    }

    /** The format of a negotiated response media type. */
    public static Format of(MediaType type) {
        for (Format format : values()) {
            if (format != JSON && type != null && !type.isWildcardType() && !type.isWildcardSubtype()
                    && type.isCompatible(MediaType.valueOf(format.mediaType))) {
                return format;
            }
        }
        return JSON;
    }
}
