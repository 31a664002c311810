package io.certstats.formats;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns {@code ?format=csv} or {@code ?format=json} into the {@code Accept} header it stands for,
 * before content negotiation, so that one mechanism chooses the representation; and reads an
 * {@code Accept} header that lists nothing ({@code Accept:}, {@code Accept: , ,}) as no header.
 */
public class FormatParameterFilter {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // pure header work: stays on the event loop
    public void formatParameter(ContainerRequestContext request) {
        String format;
        try {
            format = request.getUriInfo().getQueryParameters().getFirst("format");
        } catch (IllegalArgumentException malformed) {
            format = null; // a query that does not decode is refused later, with the request's other faults
        }
        if (format != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, Format.parameter(format).mediaType());
        } else if (request.getHeaders().containsKey(HttpHeaders.ACCEPT)) {
            // RFC 9110 allows empty list elements; RESTEasy's parser throws on them (a 500). A list of
            // nothing is what a client sends when it has no preference (some proxies turn a missing
            // header into an empty one), and the cache already files it with "no Accept": answer it so.
            String listed = withoutEmptyElements(request.getHeaders().get(HttpHeaders.ACCEPT));
            if (listed.isEmpty()) {
                request.getHeaders().remove(HttpHeaders.ACCEPT);
            } else {
                request.getHeaders().putSingle(HttpHeaders.ACCEPT, listed);
            }
        }
    }

    /** The media ranges of every Accept line, as one list without empty elements. */
    static String withoutEmptyElements(List<String> lines) {
        return lines.stream().flatMap(line -> Arrays.stream(line.split(",")))
                .map(String::strip).filter(range -> !range.isEmpty()).collect(Collectors.joining(", "));
    }
}
