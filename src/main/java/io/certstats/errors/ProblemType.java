package io.certstats.errors;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Stream;

/**
 * Every kind of problem the API answers, in one place: its title and status here, the slug of its
 * type URI ({@code /problems/{slug}}, served by {@link ProblemTypeResource}) from its name, and what it
 * means and how to fix the request in problem-types.properties, prose too long for Java. Add a
 * constant here, and its texts there, before answering a new kind of problem.
 */
public enum ProblemType {
    BAD_PARAMETER("Bad parameter", 400),
    UNKNOWN_PARAMETER("Unknown parameter", 400),
    INVALID_BODY("Invalid request body", 400),
    CONTROL_CHARACTER("Control character in request", 400),
    BAD_REQUEST("Bad Request", 400),
    UNAUTHORIZED("Unauthorized", 401),
    INVALID_TOKEN("Unauthorized", 401),
    FORBIDDEN("Forbidden", 403),
    NOT_FOUND("Not Found", 404),
    NO_COUNT("No count published", 404),
    NO_CRITERIA("No criteria known", 404),
    NO_FEE("No fee known", 404),
    NO_VINTAGE("No data at that time", 404),
    METHOD_NOT_ALLOWED("Method Not Allowed", 405),
    NOT_ACCEPTABLE("Not Acceptable", 406),
    PRECONDITION_FAILED("Precondition Failed", 412),
    BODY_TOO_LARGE("Content Too Large", 413),
    URI_TOO_LONG("URI Too Long", 414),
    UNSUPPORTED_MEDIA_TYPE("Unsupported Media Type", 415),
    PRECONDITION_REQUIRED("Precondition Required", 428),
    HEADER_FIELDS_TOO_LARGE("Request Header Fields Too Large", 431),
    REQUEST_REFUSED("Request refused", 400),
    INTERNAL_ERROR("Internal server error", 500),
    METHOD_NOT_IMPLEMENTED("Not Implemented", 501),
    DATABASE_UNAVAILABLE("Database unavailable", 503);

    /** Where the pages of problem types are served; a type URI is this plus the slug. */
    public static final String BASE = "/problems/";
    /** Read (as UTF-8) when the type is first used; ProblemTypeResourceTest checks every type has both texts. */
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("problem-types");

    private final String title;
    private final int status;

    ProblemType(String title, int status) {
        this.title = title;
        this.status = status;
    }

    /** The constant's name in lower case with hyphens: {@code bad-parameter}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String title() {
        return title;
    }

    /** The status of the answers of this type ({@link #REQUEST_REFUSED}: the one HTTP gave). */
    public int status() {
        return status;
    }

    public String meaning() {
        return TEXTS.getString(slug() + ".meaning");
    }

    public String fix() {
        return TEXTS.getString(slug() + ".fix");
    }

    public URI uri() {
        return URI.create(BASE + slug());
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
    }

    /**
     * The type of an answer that only HTTP's status explains (RESTEasy's own 404, 405, 406, 415, the
     * router's 400, 413, 414, 431): the generic type of that status, else a refusal or a server fault.
     */
    public static ProblemType ofStatus(int status) {
        return Stream.of(BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, NOT_ACCEPTABLE, BODY_TOO_LARGE, URI_TOO_LONG,
                        UNSUPPORTED_MEDIA_TYPE, HEADER_FIELDS_TOO_LARGE, METHOD_NOT_IMPLEMENTED, DATABASE_UNAVAILABLE)
                .filter(type -> type.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED);
    }
}
