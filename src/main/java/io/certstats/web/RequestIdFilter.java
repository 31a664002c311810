package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemMapper;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sensible token, a new
 * UUID otherwise. The id is written back into the request's headers, so the access log and
 * {@link ProblemMapper} read the same value, and echoed in the answer's {@code X-Request-Id}. It is
 * also put in the logging MDC as {@code requestId}: Quarkus keeps the MDC per request (in the
 * request's Vert.x context, worker threads included), so every application log line of the request
 * carries it (a field of the JSON logs in production).
 */
public class RequestIdFilter {

    public static final String HEADER = Problem.REQUEST_ID_HEADER;

    /** The request id's name in the logging MDC and so in the JSON logs. */
    public static final String MDC_KEY = "requestId";

    /** Letters, digits and a few separators, at most 64: a UUID or a trace id fits, a log injection does not. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    /** Runs before every other filter and route, Quarkus' own /q endpoints included. */
    static final int PRIORITY = 1000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = accepted(rc.request().getHeader(HEADER));
            rc.request().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.response().putHeader(HEADER, id);
            rc.next();
        }, PRIORITY);
    }

    static String accepted(String given) {
        return given != null && ACCEPTED.matcher(given).matches() ? given : newId();
    }

    /**
     * A random (version 4) UUID drawn from the thread's own generator. An id names a request in the logs;
     * it is no secret, so it does not need UUID.randomUUID's SecureRandom, which reads the system's
     * source under one lock that the event loops queued on: 2.7 % of the samples of a read under load
     * (bench/profile.sh).
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        return new UUID(high, low).toString();
    }
}
