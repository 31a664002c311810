package io.certstats.caching;

import io.certstats.formats.Renderer;
import io.certstats.web.PageLinks;
import io.certstats.web.Paged;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one cache mechanism of the API, for reads ({@code GET} and {@code HEAD} under
 * {@code /api/}): a request whose answer is already rendered for the current data revision is
 * answered from memory, with {@code 304 Not Modified} when the client's copy is current; any other
 * answer is rendered once, given its validators and caching headers, and kept. Reads sent with
 * credentials (a curator's) are rendered and validated the same way, so their ETag is the one
 * {@code If-Match} is compared with, but neither kept nor marked public.
 */
public class CachingFilters {

    /**
     * Where the hit filter runs among Quarkus' HTTP filters (the higher, the earlier): after the
     * request id and security headers ({@code web/RequestIdFilter}, {@code SecurityHeadersFilter})
     * and CORS, whose headers every answer carries, and before the request reaches RESTEasy.
     */
    static final int PRIORITY = 10;
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

    /**
     * A hit is answered here, on the event loop, straight from the kept bytes: no routing, no
     * content negotiation, no worker thread, no serialisation. The profile in docs/benchmarks.md
     * shows that this path, not the sending of bytes, was the cost of a hit when RESTEasy served it.
     */
    void answerFromMemory(@Observes Filters filters) {
        filters.register(this::answerFromMemory, PRIORITY);
    }

    private void answerFromMemory(RoutingContext context) {
        HttpServerRequest http = context.request();
        if (!read(http)) {
            context.next();
            return;
        }
        String key = key(http);
        context.put(KEY, key);
        context.put(REVISION, revisions.current());
        Representation kept = shareable(http) ? cache.get(key) : null;
        if (kept == null) {
            context.next();
            return;
        }
        kept.send(context.response(), http.getHeader(HttpHeaders.IF_NONE_MATCH),
                http.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
    }

    /** A read not answered from memory is rendered here, after its resource, then kept. */
    @ServerResponseFilter
    public void renderAndKeep(ContainerRequestContext request, ContainerResponseContext response,
                              RoutingContext context) {
        String key = context.get(KEY);
        if (key == null) {
            if (response.getStatus() < 300) {
                // this instance's own write has committed: its next read answers from the new data
                revisions.refresh();
            }
            return;
        }
        Object entity = response.getEntity();
        if (response.getStatus() != 200 || entity == null) {
            return; // not a success: problems are neither kept nor given validators
        }
        HttpServerRequest http = context.request();
        boolean pretty = request.getUriInfo().getQueryParameters().containsKey("pretty"); // decoded: the resource matched
        Renderer.Rendered rendered = renderer.render(entity, response.getMediaType(), pretty, http.path());
        Map<String, String> headers = new LinkedHashMap<>(rendered.headers());
        if (entity instanceof Paged page) {
            headers.putAll(PageLinks.headers(page, request.getUriInfo()));
        }
        boolean shareable = shareable(http);
        headers.put(HttpHeaders.CACHE_CONTROL, shareable ? cacheControl : PRIVATE);
        headers.put(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        Revision revision = context.get(REVISION);
        Representation representation = Representation.of(revision.number(), rendered.body(),
                rendered.contentType(), ETags.of(rendered.body(), rendered.variant()), revision.changedAt(), headers);
        if (shareable) {
            cache.put(key, representation);
        }

        Response answer = representation.answer(http.getHeader(HttpHeaders.IF_NONE_MATCH),
                http.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), null, answer.getMediaType());
        MultivaluedMap<String, Object> out = response.getHeaders();
        answer.getHeaders().forEach((name, values) -> out.put(name, List.copyOf(values)));
    }

    /** The raw path is read, never the decoded one: decoding a malformed path must not fail here. */
    private static boolean read(HttpServerRequest http) {
        HttpMethod method = http.method();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && http.path().startsWith("/api/");
    }

    /** An answer to a request without credentials is the same for everyone: it may be kept and shared. */
    private static boolean shareable(HttpServerRequest http) {
        return http.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    /**
     * The raw path and query as sent, and what the client accepts, before any filter rewrites it.
     * No Accept header and {@code Accept: *}{@code /*} (curl's) ask for the same answer: one entry.
     */
    private static String key(HttpServerRequest http) {
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.equals(MediaType.WILDCARD)) {
            accept = "";
        }
        return http.path() + '?' + (http.query() == null ? "" : http.query()) + '#' + accept;
    }
}
