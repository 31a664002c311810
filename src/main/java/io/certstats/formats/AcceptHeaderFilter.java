package io.certstats.formats;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.enterprise.event.Observes;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads an {@code Accept} header without empty elements, and one that lists nothing
 * ({@code Accept:}, {@code Accept: , ,}) as no header at all. RFC 9110 allows empty list elements;
 * RESTEasy's media-type parser throws on them (a 500). A list of nothing is what a client sends
 * when it has no preference (some proxies turn a missing header into an empty one), so it gets the
 * default representation, as with no header. Runs before the cache and RESTEasy both read the header.
 */
public class AcceptHeaderFilter {

    /** After the request id and security headers, before the cache (caching/CachingFilters). */
    static final int PRIORITY = 50;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            MultiMap headers = rc.request().headers();
            List<String> lines = headers.getAll(HttpHeaders.ACCEPT);
            if (!lines.isEmpty()) {
                String listed = withoutEmptyElements(lines);
                if (listed.isEmpty()) {
                    headers.remove(HttpHeaders.ACCEPT);
                } else if (lines.size() > 1 || !listed.equals(lines.get(0))) {
                    headers.set(HttpHeaders.ACCEPT, listed);
                }
            }
            rc.next();
        }, PRIORITY);
    }

    /** The media ranges of every Accept line, as one list without empty elements. */
    static String withoutEmptyElements(List<String> lines) {
        return lines.stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).filter(range -> !range.isEmpty()).map(AcceptHeaderFilter::textRange)
                .collect(Collectors.joining(", "));
    }

    /**
     * {@code text/*} (RFC 9110: any text type) as the one text type the API writes. RESTEasy follows
     * JAX-RS, which accepts only {@code *}{@code /*} and {@code application/*} as wildcards, and
     * answered 406 to a client that would take any text.
     */
    private static String textRange(String range) {
        return range.regionMatches(true, 0, "text/*", 0, "text/*".length())
                ? Format.CSV_MEDIA_TYPE + range.substring("text/*".length()) : range;
    }
}
