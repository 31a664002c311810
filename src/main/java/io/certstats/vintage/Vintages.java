package io.certstats.vintage;

import io.certstats.caching.DataRevisions;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The vintage a read asked for with {@code asOf}, and when the data it answers from last changed. */
@ApplicationScoped
public class Vintages {

    private static final String KEY = Vintages.class.getName();

    @Inject
    CurrentVertxRequest request;

    @Inject
    DataRevisions revisions;

    /**
     * The time {@code asOf} names, or null: read as web/ReadPipeline keys the request (the parameter's
     * name in any case, its first value, an empty one as none), so an answer is never kept under another
     * vintage's key.
     */
    Instant requested() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return null;
        }
        try {
            for (Map.Entry<String, List<String>> parameter : new QueryStringDecoder(context.request().uri())
                    .parameters().entrySet()) {
                if (parameter.getKey().equalsIgnoreCase(AsOf.PARAMETER)) {
                    return AsOf.parse(parameter.getValue().get(0), Clock.systemUTC());
                }
            }
        } catch (IllegalArgumentException undecodable) {
            return null; // RESTEasy refuses the malformed query
        }
        return null;
    }

    void enter(Vintage vintage) {
        request.getCurrent().put(KEY, vintage);
    }

    /** The vintage the request is answered from, or null when it did not ask for one. */
    public static Vintage of(RoutingContext context) {
        return context == null ? null : context.get(KEY);
    }

    /** When the data the current request is answered from last changed: its vintage's, else the current revision's. */
    public Instant dataChangedAt() {
        Vintage vintage = of(request.getCurrent());
        return vintage != null ? vintage.lastChange() : revisions.current().changedAt();
    }
}
