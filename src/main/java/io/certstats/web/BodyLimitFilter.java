package io.certstats.web;

import io.certstats.errors.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a request whose declared body is over {@code quarkus.http.limits.max-body-size} with a
 * 413 problem, on every path and method. Quarkus enforces the same limit itself, but with an empty
 * 413, and only on requests that reach its upload route: a read answered from the cache skipped it
 * (200 cold, 413 warm for the same request). A body sent in chunks, with no length declared, is
 * still counted by Quarkus as it is read (docs/errors.md).
 */
public class BodyLimitFilter {

    /** After the request id and security headers, before the cache answers anything (ReadPipeline). */
    static final int PRIORITY = 100;
    /** How many times the limit a refused body may be and still be read to its end (see below). */
    static final int DRAINED_AT_MOST = 4;

    private final long limit;

    public BodyLimitFilter(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::refuseOversizedBody, PRIORITY);
    }

    private void refuseOversizedBody(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= limit) {
            context.next(); // Netty already refused a Content-Length that is not a number
            return;
        }
        long length = Long.parseLong(declared);
        HttpServerRequest request = context.request();
        // The unread body would be taken for the next request: the connection ends after it. A body of
        // a few times the limit is read and dropped first (no memory kept), because closing on unread
        // bytes resets the connection, and the client may lose the answer with it; a larger one is cut.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        if (length <= DRAINED_AT_MOST * limit) {
            request.handler(dropped -> { }).endHandler(end -> request.connection().close()).resume();
        } else {
            context.response().endHandler(sent -> request.connection().close());
        }
        RouterProblems.send(context, 413, ProblemType.BODY_TOO_LARGE,
                "The request body is " + declared + " bytes; this API reads at most " + limit + ".");
    }
}
