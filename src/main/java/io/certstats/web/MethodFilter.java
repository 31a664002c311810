package io.certstats.web;

import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemMapper;
import io.certstats.errors.ProblemType;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Set;

/**
 * Answers methods exactly, where RESTEasy answers loosely: a method outside RFC 9110 and PATCH is
 * 501 Not Implemented (RFC 9110 §9.1); a method the path does not answer is 405 with the path's
 * own methods in Allow (ProblemMapper), never 404; OPTIONS lists exactly the methods of the path
 * asked about, and is 404 where the API serves nothing. (CORS preflights never get here: Quarkus'
 * CORS filter answers them first.)
 */
public class MethodFilter {

    @Inject
    Routes methods;

    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = jakarta.ws.rs.Priorities.USER - 200)
    public Response method(ContainerRequestContext request, HttpServerRequest http) {
        String method = request.getMethod();
        if (!Routes.KNOWN_METHODS.contains(method)) {
            throw new ApiException(ProblemType.METHOD_NOT_IMPLEMENTED,
                    "This API does not implement the method " + printable(method)
                            + "; OPTIONS on a path lists the methods it answers.");
        }
        Set<String> allowed = methods.allowed(http.path());
        if (allowed.isEmpty()) {
            if (method.equals("OPTIONS")) {
                throw new NotFoundException();
            }
            return null; // RESTEasy answers 404, or Quarkus' own routes (/q/…) answer
        }
        if (method.equals("OPTIONS")) {
            return Response.noContent().header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
        }
        if (!allowed.contains(method)) {
            // RESTEasy answers 404 here when two resource classes share the path's prefix (DELETE on .../cost)
            throw new NotAllowedException(Response.status(405).header(HttpHeaders.ALLOW, String.join(", ", allowed))
                    .build()); // ProblemMapper keeps the Allow header
        }
        return null;
    }

    /** A method token is letters and a few symbols, but a client can send anything: never echo more than a token. */
    private static String printable(String method) {
        return method.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,32}") ? method : "sent";
    }
}
