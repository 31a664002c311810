package io.certstats.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri); // the JSON reader wraps a syntax error this way
        }
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

    /**
     * A request body that is not JSON, or JSON of the wrong shape: a 400 naming where it went wrong
     * ({@code attempts[2].passed}) in the API's words, never the parser's or a Java type's.
     */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e.getCause() instanceof JsonParseException syntax) {
            e = syntax; // a syntax error met while mapping: report it as such
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String where = path(mapping.getPath());
            String message = "is not " + expected(mapping);
            return problem(400, "bad-parameter", "Bad parameter", where + " " + message, uri,
                    List.of(new Problem.ParameterError(where, "body", message)));
        }
        if (e instanceof JsonMappingException) {
            return problem(400, "bad-body", "Bad request body", "The request body is JSON of another shape than "
                    + "this resource reads; its documentation in /q/openapi shows the shape.", uri, List.of());
        }
        JsonLocation at = e.getLocation();
        String place = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return problem(400, "bad-body", "Bad request body", "The request body is not valid JSON" + place + ".", uri,
                List.of());
    }

    /** Quarkus REST maps this subtype itself (an empty 400) unless a mapper names it exactly. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** The JSON path of a mapping failure as the API's documents write it: attempts[2].passed. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "of the expected type";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
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
