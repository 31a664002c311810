package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;

/**
 * Problems for failures met by the HTTP router itself, beneath RESTEasy and its exception mappers:
 * a request without a usable {@code Host} header, a failure in a filter. Without this handler
 * Quarkus answers them with its own JSON ({@code {"details":"Error id …","stack":""}}), not a problem.
 */
public class RouterProblems {

    @Inject
    ObjectMapper json;

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
            send(context, json, status, ProblemType.ofStatus(status),
                    "The request could not be read as HTTP; check its Host header and request line.");
            return;
        }
        Log.errorf(context.failure(), "unexpected failure beneath RESTEasy on %s (request %s)",
                context.request().path(), requestId(context));
        send(context, json, 500, ProblemType.INTERNAL_ERROR,
                "The server failed to answer; quote request id " + requestId(context) + " when reporting it.");
    }

    /** Writes a problem from a Vert.x handler, where no exception mapper can. */
    static void send(RoutingContext context, ObjectMapper json, int status, ProblemType type, String detail) {
        send(context, json, Problem.of(type, status, detail, instance(context), List.of(), requestId(context)));
    }

    /** Writes a problem straight to Vert.x, with the request id it names. */
    static void send(RoutingContext context, ObjectMapper json, Problem problem) {
        HttpServerResponse response = context.response();
        try {
            response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(RequestIdFilter.HEADER, problem.requestId()).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
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

    /** The raw path, when it is one; a request that failed in the router may carry anything there. */
    private static URI instance(RoutingContext context) {
        try {
            return URI.create(context.request().path() == null ? "/" : context.request().path());
        } catch (IllegalArgumentException e) {
            return URI.create("/");
        }
    }
}
