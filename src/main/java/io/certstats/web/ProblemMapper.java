package io.certstats.web;

import io.quarkus.logging.Log;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The one place that turns every failure into an RFC 9457 problem answer. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.status(), e.type(), e.title(), e.getMessage(), uri, e.errors());
    }

    /** JAX-RS's own failures: unknown path (404), wrong method (405), unsupported Accept (406), … */
    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, UriInfo uri, Request request) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        Response.ResponseBuilder answer = Response.fromResponse(problem(status, slug(title), title,
                detail(status, uri, request.getMethod()), uri, List.of()));
        String allow = original.getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected failure %s on %s", incident, uri.getPath());
        return problem(500, "internal-error", "Internal server error",
                "The server failed to answer; quote incident " + incident + " when reporting it.", uri, List.of());
    }

    private static String detail(int status, UriInfo uri, String method) {
        return switch (status) {
            case 404 -> "Nothing is served at " + uri.getPath() + "; GET /api/v1 lists what is.";
            case 405 -> "This resource does not answer " + method + "; it is read with GET.";
            case 406 -> "This resource answers application/json or text/csv; ask for one in the Accept header "
                    + "(or with ?format=json or ?format=csv), or send none.";
            case 415 -> "This resource does not accept that Content-Type.";
            default -> "The request could not be answered as sent.";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
                            List<Problem.ParameterError> errors) {
        Problem body = new Problem(URI.create("/problems/" + type), title, status, detail,
                URI.create(uri.getPath()), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
