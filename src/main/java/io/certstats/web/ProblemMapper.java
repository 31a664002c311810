package io.certstats.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
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

    /**
     * A write's body that is not JSON, or whose JSON does not fit the body's shape (a misspelt field,
     * text where a number belongs): 400 naming the field, never the Java type behind it.
     */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uri) {
        Problem.ParameterError error;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            error = new Problem.ParameterError(jsonPath(mapping.getPath()), "body", mismatch(e));
        } else {
            error = new Problem.ParameterError("body", "body", "is not well-formed JSON"
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        return problem(400, "invalid-body", "Invalid request body", error.toString(), uri, List.of(error));
    }

    /** Quarkus maps these two itself (as plain JSON); ours take precedence and answer a problem. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableBody(e, uri);
    }

    private static String mismatch(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this body (a misspelling would otherwise be dropped unseen)";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants());
        }
        return "has the wrong type for this field (a number, text, list or object is expected as documented)";
    }

    /** Jackson's path of a mapping failure as a JSON path: {@code source.links[0].url}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder text = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                text.append(text.isEmpty() ? "" : ".").append(step.getFieldName());
            } else {
                text.append('[').append(step.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    /** No credentials where a curator's are needed. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "unauthorized", "Unauthorized",
                        "This needs a curator's bearer token: send Authorization: Bearer <JWT>.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A token was sent but refused: expired, wrongly signed, from another issuer, or not a JWT at all. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(problem(401, "invalid-token", "Unauthorized",
                        "The bearer token was refused: it is expired, not signed by the configured key, "
                                + "from another issuer, or not a JWT.", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    /** A valid token without the role the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden",
                "Your token does not grant the role 'curator', which this needs.", uri, List.of());
    }

    /** JAX-RS's own failures: unknown path (404), wrong method (405), unsupported Accept (406), … */
    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, uri); // Quarkus wraps JSON syntax errors in a plain 400
        }
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
            case 405 -> "This resource does not answer " + method
                    + "; the OpenAPI document (/q/openapi) lists the methods of each resource.";
            case 406 -> "This resource answers application/json; ask for it in the Accept header, or send none.";
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
