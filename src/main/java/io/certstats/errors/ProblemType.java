package io.certstats.errors;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem the API answers, in one place: the slug of its type URI
 * ({@code /problems/{slug}}, served by {@link ProblemTypeResource}), its title and status, and what
 * it means and how to fix the request. Add a constant here before answering a new kind of problem.
 */
public enum ProblemType {
    BAD_PARAMETER("bad-parameter", "Bad parameter", 400,
            "A query, path or header parameter is not valid: a number out of range, a date or name that "
                    + "cannot be read, or two parameters that contradict each other.",
            "Read errors: each entry names the parameter (in, parameter) and what is allowed (message). "
                    + "Correct those parameters and send the request again."),
    UNKNOWN_PARAMETER("unknown-parameter", "Unknown parameter", 400,
            "The request names a query parameter that the operation does not declare, such as a misspelt "
                    + "sise=10; it is refused rather than silently ignored.",
            "Use only the parameters the detail lists (every GET also takes format and pretty)."),
    INVALID_BODY("invalid-body", "Invalid request body", 400,
            "The request body is not well-formed JSON, is JSON of another shape than the operation reads, "
                    + "or has fields whose values are not acceptable.",
            "Read errors: each entry names the field as a JSON path (source.links[0].url) and what is allowed. "
                    + "The OpenAPI document (/q/openapi) shows the body's shape."),
    CONTROL_CHARACTER("control-character", "Control character in request", 400,
            "The path or query holds a percent-encoded control character (%00, %0A, …); no identifier or "
                    + "value of this API contains one.",
            "Remove the control character from the URL."),
    BAD_REQUEST("bad-request", "Bad Request", 400,
            "The request could not be read as HTTP or as a request to this API.",
            "Check the request line, the Host header and the parameters' encoding."),
    UNAUTHORIZED("unauthorized", "Unauthorized", 401,
            "The operation is for curators, and the request carries no credentials.",
            "Send a curator's JWT as Authorization: Bearer <token>."),
    INVALID_TOKEN("invalid-token", "Unauthorized", 401,
            "A bearer token was sent but refused: it is expired, not signed by the configured key, from "
                    + "another issuer, or not a JWT.",
            "Obtain a fresh token from the configured issuer and send it as Authorization: Bearer <token>."),
    FORBIDDEN("forbidden", "Forbidden", 403,
            "The token is valid but does not grant the role curator, which the operation needs.",
            "Use a token whose groups claim names curator."),
    NOT_FOUND("not-found", "Not Found", 404,
            "Nothing is served at this path: an unknown slug, exam code or year, or a path the API does not have.",
            "Check the identifier; GET /api/v1 lists the resources, and each list operation lists its items."),
    NO_COUNT("no-count", "No count published", 404,
            "The program year exists, or may, but no count is published for it: a gap the data keeps visible.",
            "Ask for another year; GET /api/v1/programs/{slug}/years lists the years and their counts."),
    NO_CRITERIA("no-criteria", "No criteria known", 404,
            "The data does not know which certifications the program's criteria required in that year.",
            "Ask for a year whose criteria are known; GET /api/v1/programs/{slug}/years/{year} shows them."),
    NO_FEE("no-fee", "No fee known", 404,
            "The data has no fee for a required exam on that day in that currency.",
            "Ask for another day, year or currency."),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method Not Allowed", 405,
            "The path exists but does not answer this method.",
            "Use one of the methods in the Allow header (OPTIONS on the path lists them too)."),
    NOT_ACCEPTABLE("not-acceptable", "Not Acceptable", 406,
            "The Accept header names no representation the operation writes.",
            "Ask for application/json or text/csv in Accept, or with ?format=json or ?format=csv, or send no Accept."),
    PRECONDITION_FAILED("precondition-failed", "Precondition Failed", 412,
            "The If-Match of a write is not the current ETag (someone changed the resource since you read it), "
                    + "or If-None-Match: * names a resource that exists.",
            "GET the resource again, re-apply your change to it, and send the write with its new ETag."),
    BODY_TOO_LARGE("body-too-large", "Content Too Large", 413,
            "The request body is larger than the API reads (quarkus.http.limits.max-body-size).",
            "Send a smaller body; no operation of this API needs a large one."),
    URI_TOO_LONG("uri-too-long", "URI Too Long", 414,
            "The request target is longer than the server reads.",
            "Send fewer or shorter query parameters."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported Media Type", 415,
            "The operation does not read a body of the Content-Type sent.",
            "Send the body as application/json with Content-Type: application/json."),
    PRECONDITION_REQUIRED("precondition-required", "Precondition Required", 428,
            "A write came without If-Match, so it could overwrite a change it has not seen.",
            "GET the resource, and send its ETag in If-Match with the write (If-None-Match: * to create a program year)."),
    HEADER_FIELDS_TOO_LARGE("header-fields-too-large", "Request Header Fields Too Large", 431,
            "The request's headers are larger than the server reads.",
            "Send fewer or smaller headers."),
    REQUEST_REFUSED("request-refused", "Request refused", 400,
            "The request was refused for a reason HTTP names in the status line (the answer's status, a 4xx).",
            "Read the detail and the HTTP status; RFC 9110 says what each status asks of the client."),
    INTERNAL_ERROR("internal-error", "Internal server error", 500,
            "The server failed to answer. This is a fault of the server, not of the request.",
            "Retry later; if it persists, report it with the requestId of the answer."),
    METHOD_NOT_IMPLEMENTED("method-not-implemented", "Not Implemented", 501,
            "The method is not one HTTP defines (RFC 9110, and PATCH), so no path of this API answers it.",
            "Use GET, HEAD, PUT or OPTIONS; OPTIONS on a path lists the methods it answers."),
    DATABASE_UNAVAILABLE("database-unavailable", "Database unavailable", 503,
            "The database cannot be reached just now, e.g. while it restarts.",
            "Retry after the number of seconds in the Retry-After header.");

    /** Where the pages of problem types are served; a type URI is this plus the slug. */
    public static final String BASE = "/problems/";

    private final String slug;
    private final String title;
    private final int status;
    private final String meaning;
    private final String fix;

    ProblemType(String slug, String title, int status, String meaning, String fix) {
        this.slug = slug;
        this.title = title;
        this.status = status;
        this.meaning = meaning;
        this.fix = fix;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The status of the answers of this type ({@link #REQUEST_REFUSED}: the one HTTP gave). */
    public int status() {
        return status;
    }

    /** What the problem means. */
    public String meaning() {
        return meaning;
    }

    /** How to fix the request. */
    public String fix() {
        return fix;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    /**
     * The type of an answer that only HTTP's status explains (RESTEasy's own 404, 405, 406, 415, the
     * router's 400, 413, 414, 431): the first type with that status among the generic ones.
     */
    public static ProblemType ofStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> HEADER_FIELDS_TOO_LARGE;
            case 501 -> METHOD_NOT_IMPLEMENTED;
            case 503 -> DATABASE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        };
    }
}
