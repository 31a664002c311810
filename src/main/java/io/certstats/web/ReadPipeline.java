package io.certstats.web;

import io.certstats.caching.CacheConfig;
import io.certstats.caching.DataRevisions;
import io.certstats.caching.ETags;
import io.certstats.caching.Representation;
import io.certstats.caching.RepresentationCache;
import io.certstats.caching.Revision;
import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;
import io.certstats.formats.Format;
import io.certstats.formats.Language;
import io.certstats.formats.Renderer;
import io.certstats.vintage.Vintage;
import io.certstats.vintage.Vintages;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The one read pipeline of the API, for {@code GET} and {@code HEAD} under {@code /api/}; each step
 * calls the package that owns its concern. On the event loop, before RESTEasy: a read naming a query
 * parameter its operation does not declare ({@link Routes}) is refused at once; the request's
 * canonical {@link RequestKey} (declared parameters, and the representation formats/Accept picks) is
 * looked up in caching/RepresentationCache, and a hit is sent from the kept bytes, {@code 304} when
 * the client's copy is current. Otherwise, after the resource has answered: formats/Renderer writes
 * the bytes, {@link PageLinks} adds a list's paging headers, caching/ETags names the bytes, and the
 * answer is kept under its key. Reads sent with credentials (a curator's) are rendered and validated
 * the same way, so their ETag is the one {@code If-Match} is compared with, but neither kept nor
 * marked public.
 */
public class ReadPipeline {

    /**
     * Where the hit filter runs among Quarkus' HTTP filters (the higher, the earlier): after the
     * request id ({@link RequestIdFilter}), CORS (300), the configured security headers
     * ({@code quarkus.http.header.*}, a router handler before every filter) and formats/Accept, whose
     * headers every answer carries or whose header it reads, and before the request reaches RESTEasy.
     */
    static final int PRIORITY = 10;
    private static final String READ = ReadPipeline.class.getName() + ".read";
    private static final String KEY = ReadPipeline.class.getName() + ".key";
    private static final String OPERATION = ReadPipeline.class.getName() + ".operation";
    private static final String REVISION = ReadPipeline.class.getName() + ".revision";
    private static final String PRIVATE = "private, no-cache";
    private static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";

    @Inject
    RepresentationCache cache;
    @Inject
    DataRevisions revisions;
    @Inject
    Routes routes;
    @Inject
    Renderer renderer;
    private final String cacheControl;
    private final boolean anyOrigin;
    private final String vary;

    public ReadPipeline(CacheConfig config, @ConfigProperty(name = "quarkus.http.cors.origins") List<String> origins,
                        @ConfigProperty(name = "quarkus.http.enable-compression") boolean compression) {
        this.cacheControl = "public, max-age=" + config.maxAge().toSeconds();
        this.anyOrigin = origins.size() == 1 && (origins.get(0).equals("*") || origins.get(0).equals("/.*/"));
        // What a shared cache must key on besides the URL: the representation, its compression, and,
        // where only some origins may read, the Access-Control-Allow-Origin that differs by Origin.
        this.vary = HttpHeaders.ACCEPT + (compression ? ", " + HttpHeaders.ACCEPT_ENCODING : "")
                + (anyOrigin ? "" : ", Origin");
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
        context.put(READ, Boolean.TRUE);
        context.put(REVISION, revisions.current());
        if (anyOrigin && context.response().headers().contains(ALLOW_ORIGIN)) {
            // Quarkus' CORS filter echoes the caller's Origin even when any may read: a public
            // answer kept by a shared cache would carry one caller's origin to the next.
            context.response().headers().set(ALLOW_ORIGIN, "*");
        }
        ReadOperation operation = routes.read(http.path());
        if (operation != null) {
            RouteNames.name(http, operation.template());
        }
        MultiMap query = operation == null ? null : queryOf(http);
        if (query == null) {
            context.next();
            return;
        }
        List<String> unknown = RequestKey.unknown(operation, query);
        if (!unknown.isEmpty() && refuse(context, operation, unknown)) {
            return;
        }
        RequestKey key = RequestKey.of(http.path(), operation, query, http.headers().getAll(HttpHeaders.ACCEPT),
                http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        context.put(KEY, key);
        context.put(OPERATION, operation);
        Representation kept = key.format() != null && shareable(http) ? cache.get(key.value()) : null;
        if (kept == null) {
            context.next();
            return;
        }
        kept.send(context.response(), ifNoneMatch(http),
                http.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
    }

    /**
     * The answer to a read naming a query parameter its operation does not declare: 400, a problem
     * naming each unknown parameter and listing the accepted ones. Written here, before any routing or
     * database work, so that such requests cost what a cached answer costs and are never kept (each
     * distinct one would otherwise be a new entry, or a new render of the same data). Returns false
     * when it cannot answer (a path that is no URI), leaving the request to RESTEasy.
     */
    private boolean refuse(RoutingContext context, ReadOperation operation, List<String> unknown) {
        URI instance = RouterProblems.uri(context.request().path());
        if (instance == null) {
            return false;
        }
        String accepted = String.join(", ", operation.accepted());
        String detail = String.join(", ", unknown)
                + (unknown.size() == 1 ? " is not a query parameter" : " are not query parameters")
                + " of GET " + operation.template() + ", which accepts " + accepted + ".";
        List<Problem.ParameterError> errors = unknown.stream().map(name -> Problem.ParameterError.query(name,
                "is not a parameter of this operation; it accepts " + accepted)).toList();
        RouterProblems.send(context, Problem.of(ProblemType.UNKNOWN_PARAMETER, 400, detail, instance, errors,
                RouterProblems.requestId(context)));
        return true;
    }

    /** A read not answered from memory is rendered here, after its resource, then kept. */
    @ServerResponseFilter
    public void renderAndKeep(ContainerRequestContext request, ContainerResponseContext response,
                              RoutingContext context) {
        if (context.get(READ) == null) {
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
        RequestKey key = context.get(KEY);
        boolean pretty = key != null ? key.pretty()
                : request.getUriInfo().getQueryParameters().containsKey("pretty"); // decoded: the resource matched
        Renderer.Rendered rendered = renderer.render(entity, response.getMediaType(), pretty, http.path());
        Map<String, String> headers = new LinkedHashMap<>(rendered.headers());
        if (entity instanceof Paged page) {
            ReadOperation operation = context.get(OPERATION);
            IntFunction<String> queryOf = key != null ? p -> key.pageQuery(operation, PageLinks.PAGE, p)
                    : p -> rawQueryOf(request.getUriInfo(), p);
            headers.putAll(PageLinks.headers(page, http.path(), queryOf));
        }
        boolean shareable = shareable(http);
        headers.put(HttpHeaders.CACHE_CONTROL, shareable ? cacheControl : PRIVATE);
        ReadOperation read = context.get(OPERATION);
        // a drawn answer's labels follow Accept-Language when lang is not given (formats/Language)
        headers.put(HttpHeaders.VARY, read != null && read.parameters().contains(Language.PARAMETER)
                ? vary + ", " + HttpHeaders.ACCEPT_LANGUAGE : vary);
        Revision revision = context.get(REVISION);
        Vintage vintage = Vintages.of(context); // asOf: the data of that time last changed then
        Representation representation = Representation.of(revision, rendered.body(), rendered.contentType(),
                ETags.of(rendered.body(), rendered.variant()),
                vintage != null ? vintage.lastChange() : revision.changedAt(), headers);
        // Kept only where RESTEasy chose the representation the key names: the key must never hold another.
        if (shareable && key != null && key.format() == Format.of(response.getMediaType())) {
            cache.put(key.value(), representation);
        }

        MultivaluedMap<String, Object> out = response.getHeaders();
        boolean notModified = representation.headers(out::putSingle, ifNoneMatch(http),
                http.getHeader(HttpHeaders.IF_MODIFIED_SINCE));
        response.setStatus(notModified ? 304 : 200);
        response.setEntity(notModified ? null : rendered.body(), null,
                notModified ? null : MediaType.valueOf(rendered.contentType()));
    }

    /**
     * The query parameters as RESTEasy will read them (Vert.x Web decodes them so, into a
     * case-insensitive map), or null when they do not decode. Not through
     * {@code RoutingContext.queryParams()}: on a malformed query it keeps an empty map for later
     * readers, which would then see no parameters at all instead of refusing the request.
     */
    private static MultiMap queryOf(HttpServerRequest http) {
        try {
            MultiMap query = MultiMap.caseInsensitiveMultiMap();
            new QueryStringDecoder(http.uri()).parameters().forEach(query::add);
            return query;
        } catch (RuntimeException undecodable) {
            return null; // RESTEasy refuses it with the request's other faults
        }
    }

    /** A read no declared operation matched (RESTEasy routed it anyway): its links keep its query as sent. */
    private static String rawQueryOf(UriInfo uri, int page) {
        return UriBuilder.fromPath("").replaceQuery(uri.getRequestUri().getRawQuery())
                .replaceQueryParam(PageLinks.PAGE, page).build().getRawQuery();
    }

    /**
     * Every If-None-Match line as one list (RFC 9110 §5.3: repeated lines are one comma-separated list), or
     * null: a client that sends "*" on a second line gets its 304 as with one line.
     */
    private static String ifNoneMatch(HttpServerRequest http) {
        List<String> lines = http.headers().getAll(HttpHeaders.IF_NONE_MATCH);
        return lines.isEmpty() ? null : String.join(", ", lines);
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
}
