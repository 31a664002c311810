package io.certstats.errors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.certstats.database.DatabaseFailures;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The one place that turns every failure into an RFC 9457 problem answer. */
public class ProblemMapper {

    /** How long a client should wait before retrying when the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiException(ApiException e, HttpServerRequest http) {
        return problem(e.type(), e.getMessage(), e.errors(), http).build();
    }

    /**
     * Hibernate Validator's verdict on a resource method's parameters ({@code @BeanParam} records, path
     * and header parameters, the body record): 400 naming each one ({@link Violations}). A violated
     * return value is the server's fault: 500.
     */
    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest http) {
        if (Violations.ofReturnValue(e)) {
            return unexpected(e, http);
        }
        List<Problem.ParameterError> errors = Violations.errors(e.getConstraintViolations());
        ApiException invalid = errors.stream().allMatch(error -> error.in().equals("body"))
                ? ApiException.invalidBody(errors) : ApiException.badParameters(errors);
        return apiException(invalid, http);
    }

    /** No credentials where a curator's are needed. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest http) {
        return problem(ProblemType.UNAUTHORIZED,
                "This needs a curator's bearer token: send Authorization: Bearer <JWT>.", List.of(), http)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** A token was sent but refused: expired, wrongly signed, from another issuer, or not a JWT at all. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest http) {
        return problem(ProblemType.INVALID_TOKEN, "The bearer token was refused: it is expired, not signed by the "
                + "configured key, from another issuer, or not a JWT.", List.of(), http)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
    }

    /** A valid token without the role the operation needs. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest http) {
        return problem(ProblemType.FORBIDDEN,
                "Your token does not grant the role 'curator', which this needs.", List.of(), http).build();
    }

    /** JAX-RS's own failures: unknown path (404), wrong method (405), unsupported Accept (406), … */
    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, Request request, HttpServerRequest http) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableBody(unreadable, http); // Quarkus wraps JSON syntax errors in a plain 400
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, http);
        }
        // RFC 9110 requires Allow on every 405: web/MethodFilter, which knows the path's methods, gives it
        // (a header given null is none)
        return problem(status, ProblemType.ofStatus(status), detail(status, http.path(), request.getMethod()),
                List.of(), http).header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW)).build();
    }

    /**
     * A request body that is not JSON, or JSON of another shape (a misspelt field, text where a
     * number belongs): 400 naming where it went wrong ({@code attempts[2].passed},
     * {@code source.links[0].url}) in the API's words, never the parser's or a Java type's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, HttpServerRequest http) {
        if (e.getCause() instanceof JsonParseException syntax) {
            e = syntax; // a syntax error met while mapping: report it as such
        }
        Problem.ParameterError error;
        if (e instanceof JsonMappingException mapping) { // with no path, the body as a whole is of another shape
            error = Problem.ParameterError.body(jsonPath(mapping.getPath()), mapping.getPath().isEmpty()
                    ? "is JSON of another shape than this resource reads; /q/openapi shows the shape"
                    : mismatch(mapping));
        } else {
            JsonLocation at = e.getLocation();
            error = new Problem.ParameterError("body", "body", "is not well-formed JSON"
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        return apiException(ApiException.invalidBody(List.of(error)), http);
    }

    /** Quarkus maps these two itself (as plain JSON, or an empty 400); ours name them exactly to take precedence. */
    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest http) {
        return unreadableBody(e, http);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest http) {
        return unreadableBody(e, http);
    }

    private static String mismatch(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this body (a misspelling would otherwise be dropped unseen)";
        }
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type == null) {
            return "is not of the expected type";
        }
        if (type.isEnum()) {
            return "must be one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (type == Boolean.class || type == boolean.class) {
            return "is not true or false";
        }
        if (type == String.class) {
            return "is not a string";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "is not a number";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "is not a list";
        }
        return "is not an object";
    }

    /** Jackson's path of a mapping failure as a JSON path: {@code source.links[0].url}. */
    private static String jsonPath(List<JsonMappingException.Reference> path) {
        String text = path.stream().map(step -> step.getFieldName() != null ? "." + step.getFieldName()
                : step.getIndex() >= 0 ? "[" + step.getIndex() + "]" : "").collect(Collectors.joining());
        return text.isEmpty() ? "body" : text.startsWith(".") ? text.substring(1) : text;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, HttpServerRequest http) {
        String requestId = requestId(http);
        if (DatabaseFailures.isUnreachable(e)) {
            // Expected while the database is down or restarting: one line, no stack trace per request.
            Log.warnf("database unreachable on %s (request %s): %s", http.path(), requestId, rootMessage(e));
            return problem(ProblemType.DATABASE_UNAVAILABLE,
                    "The database cannot be reached just now; retry in a few seconds.", List.of(), http)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        Log.errorf(e, "unexpected failure on %s (request %s)", http.path(), requestId);
        return problem(ProblemType.INTERNAL_ERROR,
                "The server failed to answer; quote request id " + requestId + " when reporting it.", List.of(), http)
                .build();
    }

    /** The innermost message of the cause chain: usually the driver's own words ("Connection refused"). */
    private static String rootMessage(Throwable e) {
        return Stream.iterate(e, Objects::nonNull, t -> t.getCause() == t ? null : t.getCause())
                .map(Throwable::getMessage).filter(Objects::nonNull).reduce((outer, inner) -> inner)
                .orElse(e.toString());
    }

    private static String detail(int status, String path, String method) {
        return switch (status) {
            case 404 -> "Nothing is served at " + path + "; GET /api/v1 lists what is.";
            case 405 -> "This resource does not answer " + method
                    + "; the OpenAPI document (/q/openapi) lists the methods of each resource.";
            case 406 -> "This resource cannot answer in a media type the Accept header allows; send none, or ask "
                    + "for one it serves (JSON, CSV or SVG, as the OpenAPI document at /q/openapi lists for each "
                    + "operation) in the Accept header or with ?format=.";
            case 415 -> "This resource does not accept that Content-Type.";
            default -> "The request could not be answered as sent.";
        };
    }

    private static String requestId(HttpServerRequest http) {
        return http.getHeader(Problem.REQUEST_ID_HEADER);
    }

    private static Response.ResponseBuilder problem(ProblemType type, String detail,
                                                    List<Problem.ParameterError> errors, HttpServerRequest http) {
        return problem(type.status(), type, detail, errors, http);
    }

    /**
     * Its instance is the path as sent, still percent-encoded: Quarkus accepted it as a URI, and reading
     * it raw cannot fail the way decoding can (this mapper must never throw).
     */
    private static Response.ResponseBuilder problem(int status, ProblemType type, String detail,
                                                    List<Problem.ParameterError> errors, HttpServerRequest http) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(type, status, detail, URI.create(http.path()), errors, requestId(http)));
    }
}
