package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

import java.net.URI;
import java.util.List;

/**
 * Problems for failures met by the HTTP router itself, beneath RESTEasy and its exception mappers:
 * a request without a usable {@code Host} header, a failure in a filter. Without this handler
 * Quarkus answers them with its own JSON ({@code {"details":"Error id …","stack":""}}), not a problem.
 */
public class RouterProblems {

    /** Registered before Quarkus' own failure handler, which the router keeps last. */
    void register(@Observes Router router) {
        router.route().failureHandler(this::failed);
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten() || context.response().ended()) {
            context.next(); // too late to answer anything else; Quarkus closes the connection
            return;
        }
        int status = context.statusCode();
        if (status >= 400 && status < 500) {
            send(context, status, ProblemType.ofStatus(status),
                    "The request could not be read as HTTP; check its Host header and request line.");
            return;
        }
        Log.errorf(context.failure(), "unexpected failure beneath RESTEasy on %s (request %s)",
                context.request().path(), requestId(context));
        send(context, 500, ProblemType.INTERNAL_ERROR,
                "The server failed to answer; quote request id " + requestId(context) + " when reporting it.");
    }

    /** Writes a problem from a Vert.x handler, where no exception mapper can. */
    static void send(RoutingContext context, int status, ProblemType type, String detail) {
        URI instance = uri(context.request().path());
        send(context, Problem.of(type, status, detail, instance == null ? URI.create("/") : instance, List.of(),
                requestId(context)));
    }

    /** Writes a problem straight to Vert.x (with Quarkus' object mapper), with the request id it names. */
    static void send(RoutingContext context, Problem problem) {
        context.response().setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(RequestIdFilter.HEADER, problem.requestId());
        context.json(problem);
    }

    /** The id the request id filter gave, or a new one when the router failed before any filter ran. */
    static String requestId(RoutingContext context) {
        String id = context.request().getHeader(RequestIdFilter.HEADER);
        if (id == null) {
            id = RequestIdFilter.accepted(null);
            context.request().headers().set(RequestIdFilter.HEADER, id);
        }
        return id;
    }

    /** The raw path as a URI, or null when it is none: a request that failed in the router may carry anything there. */
    static URI uri(String path) {
        try {
            return URI.create(path == null ? "/" : path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
