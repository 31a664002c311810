package io.certstats.caching;

import io.certstats.formats.Renderer;
import io.certstats.web.PageLinks;
import io.certstats.web.Paged;
import io.vertx.core.http.HttpServerRequest;
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

/**
 * The one cache mechanism of the API, for reads ({@code GET} and {@code HEAD} under
 * {@code /api/}): a request whose answer is already rendered for the current data revision is
 * answered from memory, with {@code 304 Not Modified} when the client's copy is current; any other
 * answer is rendered here once, given its validators and caching headers, and kept. Reads sent
 * with credentials (a curator's) are rendered and validated the same way, so their ETag is the one
 * {@code If-Match} is compared with, but neither kept nor marked public.
 */
public class CachingFilters {

    private static final String KEY = CachingFilters.class.getName() + ".key";
    private static final String REVISION = CachingFilters.class.getName() + ".revision";
    private static final String PRIVATE = "private, no-cache";

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
    public Response answerFromMemory(ContainerRequestContext request, HttpServerRequest http) {
        if (!read(request, http)) {
            return null;
        }
        String key = key(request, http);
        request.setProperty(KEY, key);
        request.setProperty(REVISION, revisions.current());
        Representation kept = shareable(request) ? cache.get(key) : null;
        return kept == null ? null : answer(kept, request);
    }

    @ServerResponseFilter
    public void renderAndKeep(ContainerRequestContext request, ContainerResponseContext response,
                              HttpServerRequest http) {
        if (!read(request, http) && response.getStatus() < 300) {
            // this instance's own write has committed: its next read answers from the new data
            revisions.refresh();
            return;
        }
        String key = (String) request.getProperty(KEY);
        Object entity = response.getEntity();
        if (key == null || response.getStatus() != 200 || entity == null || entity instanceof byte[]) {
            return; // not a read, not a success, or already answered from memory
        }
        boolean pretty = request.getUriInfo().getQueryParameters().containsKey("pretty"); // decoded: the resource matched
        Renderer.Rendered rendered = renderer.render(entity, response.getMediaType(), pretty, http.path());
        Map<String, String> headers = new LinkedHashMap<>(rendered.headers());
        if (entity instanceof Paged page) {
            headers.putAll(PageLinks.headers(page, request.getUriInfo()));
        }
        boolean shareable = shareable(request);
        headers.put(HttpHeaders.CACHE_CONTROL, shareable ? cacheControl : PRIVATE);
        headers.put(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Revision revision = (Revision) request.getProperty(REVISION);
        Representation representation = Representation.of(revision.number(), rendered.body(),
                rendered.contentType(), ETags.of(rendered.body(), rendered.variant()), revision.changedAt(), headers);
        if (shareable) {
            cache.put(key, representation);
        }

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

    /** The raw path is read, never the decoded one: decoding a malformed path must not fail here. */
    private static boolean read(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        return (method.equals("GET") || method.equals("HEAD")) && http.path().startsWith("/api/");
    }

    /** An answer to a request without credentials is the same for everyone: it may be kept and shared. */
    private static boolean shareable(ContainerRequestContext request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    /** The raw path and query as sent, and what the client accepts. */
    private static String key(ContainerRequestContext request, HttpServerRequest http) {
        String accept = request.getHeaderString(HttpHeaders.ACCEPT);
        return http.path() + '?' + (http.query() == null ? "" : http.query()) + '#' + (accept == null ? "" : accept);
    }
}
