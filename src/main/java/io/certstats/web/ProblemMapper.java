package io.certstats.web;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;

/** The one place that turns every failure into an RFC 9457 problem answer. */
public class ProblemMapper {

    /** How long a client should wait before retrying when the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest http) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), http);
    }

    /** JAX-RS's own failures: unknown path (404), wrong method (405), unsupported Accept (406), … */
    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, Request request, HttpServerRequest http) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, http);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        Response.ResponseBuilder answer = Response.fromResponse(problem(status, slug(title), title,
                detail(status, http.path(), request.getMethod()), List.of(), http));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest http) {
        String requestId = RequestIdFilter.of(http);
        if (DatabaseFailures.isUnreachable(e)) {
            // Expected while the database is down or restarting: one line, no stack trace per request.
            Log.warnf("database unreachable on %s (request %s): %s", http.path(), requestId, rootMessage(e));
            return Response.fromResponse(problem(503, "database-unavailable", "Database unavailable",
                            "The database cannot be reached just now; retry in a few seconds.", List.of(), http))
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        Log.errorf(e, "unexpected failure on %s (request %s)", http.path(), requestId);
        return problem(500, "internal-error", "Internal server error",
                "The server failed to answer; quote request id " + requestId + " when reporting it.", List.of(), http);
    }

    /** The innermost message of the cause chain: usually the driver's own words ("Connection refused"). */
    private static String rootMessage(Throwable e) {
        String message = e.toString();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }

    private static String detail(int status, String path, String method) {
        return switch (status) {
            case 404 -> "Nothing is served at " + path + "; GET /api/v1 lists what is.";
            case 405 -> "This resource does not answer " + method + "; it is read with GET.";
            case 406 -> "This resource answers application/json; ask for it in the Accept header, or send none.";
            case 415 -> "This resource does not accept that Content-Type.";
            default -> "The request could not be answered as sent.";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * The path as sent, still percent-encoded: Quarkus accepted it as a URI, and reading it raw
     * cannot fail the way decoding can (this mapper must never throw).
     */
    private static URI instance(HttpServerRequest http) {
        return URI.create(http.path());
    }

    static Response problem(int status, String type, String title, String detail,
                            List<Problem.ParameterError> errors, HttpServerRequest http) {
        Problem body = new Problem(URI.create("/problems/" + type), title, status, detail,
                instance(http), errors, RequestIdFilter.of(http));
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
