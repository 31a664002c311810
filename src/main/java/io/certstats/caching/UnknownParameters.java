package io.certstats.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.errors.Problem;
import io.certstats.web.RequestIdFilter;
import io.certstats.errors.UnknownParameter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import java.net.URI;
import java.util.List;

/**
 * The answer to a read naming a query parameter its operation does not declare: 400, a problem
 * naming each unknown parameter and listing the accepted ones. Written here, before any routing or
 * database work, so that such requests cost what a cached answer costs and are never kept (each
 * distinct one would otherwise be a new entry, or a new render of the same data).
 */
@ApplicationScoped
public class UnknownParameters {

    private final ObjectMapper json;

    public UnknownParameters(ObjectMapper json) {
        this.json = json;
    }

    /** Answers the request, or returns false when it cannot (a path that is no URI), leaving it to RESTEasy. */
    boolean refuse(HttpServerRequest http, HttpServerResponse response, ReadOperation operation, List<String> unknown) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(UnknownParameter.problem(URI.create(http.path()), operation.template(),
                    operation.accepted(), unknown, RequestIdFilter.of(http)));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            return false;
        }
        response.setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(body));
        return true;
    }
}
