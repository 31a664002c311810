package io.certstats.web;

import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;

import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.regex.Pattern;

/**
 * Refuses paths and query strings holding a percent-encoded control character ({@code %00},
 * {@code %0A}, …) before any resource sees them: no identifier or value of this API contains one,
 * and PostgreSQL refuses a NUL in text, which would otherwise surface as a 500. Reads the raw
 * request target, so it needs no decoding that could itself fail.
 */
public class ControlCharacterFilter {

    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9a-fA-F]|7[fF])");

    @ServerRequestFilter(preMatching = true, nonBlocking = true, priority = jakarta.ws.rs.Priorities.USER - 100) // string checks only: on the event loop, first
    public void refuseControlCharacters(HttpServerRequest http) {
        if (ENCODED_CONTROL.matcher(http.uri()).find()) {
            throw new ApiException(ProblemType.CONTROL_CHARACTER,
                    "The request's path or query holds a control character (such as %00 or %0A); none is "
                            + "accepted anywhere in this API.");
        }
    }
}
