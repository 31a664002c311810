package io.certstats.formats;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one reader of the {@code Accept} header. Its Vert.x filter rewrites the header, before the
 * response cache and RESTEasy read it, as the list of its media ranges ({@link #ranges}); the cache
 * then picks a representation from the same list ({@link #negotiate}), so both see one header.
 * <p>
 * Why a hand-written reader: RFC 9110 allows empty list elements, which RESTEasy's media-type parser
 * throws on (a 500), and {@code text/*}, which JAX-RS does not treat as a wildcard (a 406); and
 * RESTEasy negotiates only after routing, too late for a cache answering on the event loop.
 */
public class Accept {

    /** After the request id (web/RequestIdFilter), before the cache (web/ReadPipeline). */
    static final int PRIORITY = 50;

    /** RFC 9110 token characters, for the type and subtype of a media range. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
    /** RFC 9110 qvalue: 0 to 1 with at most three decimals. */
    private static final Pattern QVALUE = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            MultiMap headers = rc.request().headers();
            List<String> lines = headers.getAll(HttpHeaders.ACCEPT);
            if (!lines.isEmpty()) {
                String listed = String.join(", ", ranges(lines));
                if (listed.isEmpty()) {
                    // a list of nothing is what a client with no preference sends (some proxies turn a
                    // missing header into an empty one): it gets the default, as with no header
                    headers.remove(HttpHeaders.ACCEPT);
                } else if (lines.size() > 1 || !listed.equals(lines.get(0))) {
                    headers.set(HttpHeaders.ACCEPT, listed);
                }
            }
            rc.next();
        }, PRIORITY);
    }

    /**
     * The media ranges of every Accept line, in order, without empty elements; {@code text/*} (any
     * text type) stands for the one text type the API writes, and {@code image/*} (what a browser's
     * {@code <img>} asks for) for the one image type, the SVG of charts and badges.
     */
    static List<String> ranges(List<String> lines) {
        List<String> ranges = new ArrayList<>();
        for (String line : lines) {
            Arrays.stream(line.split(",")).map(String::strip).filter(range -> !range.isEmpty())
                    .map(range -> concrete(range, "text/*", Format.CSV_MEDIA_TYPE))
                    .map(range -> concrete(range, "image/*", Format.SVG_MEDIA_TYPE))
                    .forEach(ranges::add);
        }
        return ranges;
    }

    private static String concrete(String range, String wildcard, String type) {
        return range.regionMatches(true, 0, wildcard, 0, wildcard.length())
                ? type + range.substring(wildcard.length()) : range;
    }

    /**
     * The format the Accept lines (none: no preference) get among those an operation offers, in its
     * order of preference; or null whenever the outcome is not certain: a range that is malformed or
     * odd, none accepted, two tied through different wildcards, or one picked through a type wildcard
     * ({@code application/*}, where RESTEasy's own choice is irregular). A null means "let RESTEasy
     * decide", so the cache never answers differently from RESTEasy (formats/AcceptNegotiationTest
     * checks the two agree); it never throws. The response cache keys on this, so any number of
     * spellings of one preference share one entry.
     */
    public static Format negotiate(List<String> lines, List<Format> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        List<String> ranges = ranges(lines);
        if (ranges.isEmpty()) {
            return offered.get(0);
        }
        double[] quality = new double[offered.size()];
        int[] specificity = new int[offered.size()];
        Arrays.fill(specificity, -1);
        String[] matchedBy = new String[offered.size()];
        for (String element : ranges) {
            String[] parts = element.split(";", -1);
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
                String[] own = offered.get(f).mediaType().split("/");
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
        return best < 0 || uncertain || specificity[best] == 1 ? null : offered.get(best);
    }
}
