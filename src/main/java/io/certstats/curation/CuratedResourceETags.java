package io.certstats.curation;

import io.certstats.caching.ETags;
import io.certstats.certification.CertificationView;
import io.certstats.population.PopulationView;
import io.certstats.program.ProgramYearDetailView;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sends the ETag that a curator's {@code If-Match} is compared with on the GET of each writable
 * resource. Stands in for the general caching filter, which sends the same value
 * ({@link ETags#ofJson}) on every GET; where that one has already set an ETag, this does nothing,
 * and it can be deleted once that filter covers these resources.
 */
public class CuratedResourceETags {

    private final ETags etags;

    public CuratedResourceETags(ETags etags) {
        this.etags = etags;
    }

    @ServerResponseFilter
    public void addETag(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        boolean writable = entity instanceof ProgramYearDetailView || entity instanceof PopulationView
                || entity instanceof CertificationView;
        if (writable && HttpMethod.GET.equals(request.getMethod()) && response.getStatus() == 200
                && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, etags.ofJson(entity));
        }
    }
}
