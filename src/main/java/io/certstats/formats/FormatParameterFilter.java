package io.certstats.formats;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Turns {@code ?format=csv} or {@code ?format=json} into the {@code Accept} header it stands for,
 * before content negotiation, so that one mechanism chooses the representation.
 */
public class FormatParameterFilter {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // pure header work: stays on the event loop
    public void formatParameter(ContainerRequestContext request) {
        String format;
        try {
            format = request.getUriInfo().getQueryParameters().getFirst("format");
        } catch (IllegalArgumentException malformed) {
            return; // a query that does not decode is refused later, with the request's other faults
        }
        if (format != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, Format.parameter(format).mediaType());
        }
    }
}
