package io.certstats.caching;

import io.certstats.formats.Renderer;
import io.certstats.web.PageLinks;
import io.certstats.web.Paged;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one cache mechanism of the API, for public reads ({@code GET} and {@code HEAD} under
 * {@code /api/} without credentials): a request whose answer is already rendered for the current
 * data revision is answered from memory, with {@code 304 Not Modified} when the client's copy is
 * current; any other answer is rendered here once, given its validators and caching headers,
 * and kept.
 */
public class CachingFilters {

    private static final String KEY = CachingFilters.class.getName() + ".key";
    private static final String REVISION = CachingFilters.class.getName() + ".revision";

    private final RepresentationCache cache;
    private final DataRevisions revisions;
    private final Renderer renderer;
    private final String cacheControl;

    public CachingFilters(RepresentationCache cache, DataRevisions revisions, Renderer renderer, CacheConfig config) {
        this.cache = cache;
        this.revisions = revisions;
        this.renderer = renderer;
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
    }

    // On the event loop, before the switch to a worker thread that the (blocking) resources need:
    // a hit is a map lookup, so it is answered without that hand-off.
    @ServerRequestFilter(nonBlocking = true)
    public Response answerFromMemory(ContainerRequestContext request) {
        if (!publicRead(request)) {
            return null;
        }
        String key = key(request);
        request.setProperty(KEY, key);
        request.setProperty(REVISION, revisions.current());
        Representation kept = cache.get(key);
        return kept == null ? null : answer(kept, request);
    }

    @ServerResponseFilter
    public void renderAndKeep(ContainerRequestContext request, ContainerResponseContext response) {
        String key = (String) request.getProperty(KEY);
        Object entity = response.getEntity();
        if (key == null || response.getStatus() != 200 || entity == null || entity instanceof byte[]) {
            return; // not a public read, not a success, or already answered from memory
        }
        boolean pretty = request.getUriInfo().getQueryParameters().containsKey("pretty");
        Renderer.Rendered rendered = renderer.render(entity, response.getMediaType(), pretty,
                request.getUriInfo().getPath());
        Map<String, String> headers = new LinkedHashMap<>(rendered.headers());
        if (entity instanceof Paged page) {
            headers.putAll(PageLinks.headers(page, request.getUriInfo()));
        }
        headers.put(HttpHeaders.CACHE_CONTROL, cacheControl);
        headers.put(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Revision revision = (Revision) request.getProperty(REVISION);
        Representation representation = Representation.of(revision.number(), rendered.body(),
                rendered.contentType(), ETags.of(rendered.body(), rendered.variant()), revision.changedAt(), headers);
        cache.put(key, representation);

        Response answer = answer(representation, request);
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), null, answer.getMediaType());
        MultivaluedMap<String, Object> out = response.getHeaders();
        answer.getHeaders().forEach((name, values) -> out.put(name, List.copyOf(values)));
    }

    private static Response answer(Representation representation, ContainerRequestContext request) {
        return representation.answer(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE));
    }

    private static boolean publicRead(ContainerRequestContext request) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD"))
                && request.getUriInfo().getPath().startsWith("/api/")
                && request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    /** The path, the query with parameters in a stable order, and what the client accepts. */
    private static String key(ContainerRequestContext request) {
        Map<String, List<String>> query = new TreeMap<>(request.getUriInfo().getQueryParameters());
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return request.getUriInfo().getPath() + '?' + query + '#' + (accept == null ? "" : accept);
    }
}
