package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sensible token, a new
 * UUID otherwise. The id is written back into the request's headers, so the access log and
 * {@link ProblemMapper} read the same value, and echoed in the answer's {@code X-Request-Id}.
 */
public class RequestIdFilter {

    public static final String HEADER = Problem.REQUEST_ID_HEADER;

    /** Letters, digits and a few separators, at most 64: a UUID or a trace id fits, a log injection does not. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    /** Runs before every other filter and route, Quarkus' own /q endpoints included. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = accepted(rc.request().getHeader(HEADER));
            rc.request().headers().set(HEADER, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, PRIORITY);
    }

    static String accepted(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }
}
