package io.certstats.formats;

import io.certstats.errors.ApiException;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The representations the API writes. Chosen by {@code Accept}, or by {@code ?format=} for a
 * browser link or a spreadsheet's "import from URL"; {@code ?pretty} indents JSON.
 */
public enum Format {
    JSON(MediaType.APPLICATION_JSON),
    CSV("text/csv");

    public static final String CSV_MEDIA_TYPE = "text/csv";

    /** RFC 9110 token characters, for the type and subtype of a media range. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    /** RFC 9110 qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

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

    /** The {@code format} query parameter, or null when it names no format (RESTEasy's filter refuses it). */
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
        return type != null && type.isCompatible(MediaType.valueOf(CSV_MEDIA_TYPE)) ? CSV : JSON;
    }

    /**
     * The format an {@code Accept} header (null: none sent) gets among those an operation offers, in
     * its order of preference; or null whenever the outcome is not certain: a header that is empty,
     * malformed or odd, that accepts none of them, or that ties two of them through different
     * wildcards, or that picks one through a type wildcard (where RESTEasy's own choice is irregular:
     * {@code text/*} is a 406). caching/AcceptNegotiationTest checks the two agree.
     * A null means "let RESTEasy decide", so it never answers differently from RESTEasy; it never throws.
     * The response cache keys on this, so any number of spellings of one preference share one entry.
     */
    public static Format negotiate(String accept, List<Format> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        if (accept == null) {
            return offered.get(0);
        }
        double[] quality = new double[offered.size()];
        int[] specificity = new int[offered.size()];
        java.util.Arrays.fill(specificity, -1);
        String[] matchedBy = new String[offered.size()];
        for (String element : accept.split(",", -1)) {
            String[] parts = element.strip().split(";", -1);
            String range = parts[0].toLowerCase(Locale.ROOT);
            int slash = range.indexOf('/');
            if (slash < 0 || !TOKEN.matcher(range.substring(0, slash)).matches()
                    || !TOKEN.matcher(range.substring(slash + 1)).matches()) {
                return null;
            }
            String type = range.substring(0, slash);
            String subtype = range.substring(slash + 1);
            if (type.equals("*") && !subtype.equals("*")) {
                return null;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].stripLeading();
                int equals = parameter.indexOf('=');
                if (equals <= 0 || parameter.endsWith(" ")) {
                    return null;
                }
                if (parameter.substring(0, equals).equalsIgnoreCase("q")) {
                    String value = parameter.substring(equals + 1);
                    if (!QVALUE.matcher(value).matches()) {
                        return null;
                    }
                    q = Double.parseDouble(value);
                }
            }
            int specific = type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
            for (int f = 0; f < offered.size(); f++) {
                String[] own = offered.get(f).mediaType.split("/");
                boolean matches = type.equals("*") || type.equals(own[0]) && (subtype.equals("*") || subtype.equals(own[1]));
                if (matches && specific > specificity[f]) {
                    specificity[f] = specific;
                    quality[f] = q;
                    matchedBy[f] = range;
                }
            }
        }
        int best = -1;
        boolean uncertain = false;
        for (int f = 0; f < offered.size(); f++) {
            if (specificity[f] < 0 || quality[f] == 0) {
                continue;
            }
            if (best < 0 || quality[f] > quality[best]
                    || quality[f] == quality[best] && specificity[f] > specificity[best]) {
                best = f;
                uncertain = false;
            } else if (quality[f] == quality[best] && specificity[f] == specificity[best]) {
                // a tie: the earlier offered wins when one range names both, or each is named exactly
                uncertain = uncertain || !(matchedBy[f].equals(matchedBy[best]) || specificity[f] == 2);
            }
        }
        // a type wildcard is left to RESTEasy too: it answers text/* with 406 though it writes text/csv
        return best < 0 || uncertain || specificity[best] == 1 ? null : offered.get(best);
    }
}
