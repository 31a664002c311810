package io.certstats.web;

import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import io.certstats.formats.Format;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * Turns {@code ?format=csv}, {@code ?format=json}, {@code ?format=svg} (or another format's name) into the {@code Accept} header it stands for,
 * before content negotiation, so that one mechanism chooses the representation; refuses any other value.
 */
public class FormatParameterFilter {

    @ServerRequestFilter(preMatching = true, nonBlocking = true) // pure header work: stays on the event loop
    public void formatParameter(ContainerRequestContext request) {
        String value;
        try {
            value = request.getUriInfo().getQueryParameters().getFirst("format");
        } catch (IllegalArgumentException malformed) {
            return; // a query that does not decode is refused later, with the request's other faults
        }
        if (value != null) {
            Format format = Format.parameterOrNull(value);
            if (format == null) {
                throw ApiException.badParameters(List.of(Problem.ParameterError.query("format",
                        "must be json or csv (svg for a chart or badge; csl-json, bibtex or ris for a citation; zip for the data package), not '" + value + "'")));
            }
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, format.mediaType());
        }
    }
}
