package io.certstats.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every answer. The API serves only JSON and CSV, so its Content-Security-Policy
 * allows nothing at all; Swagger UI is an HTML page with its own scripts and styles, so it is left
 * without one rather than broken.
 */
public class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
    private static final String SWAGGER_UI = "/q/swagger-ui";

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.response().putHeader("X-Content-Type-Options", "nosniff");
            rc.response().putHeader("Referrer-Policy", "no-referrer");
            if (!rc.normalizedPath().startsWith(SWAGGER_UI)) {
                rc.response().putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            rc.next();
        }, RequestIdFilter.PRIORITY - 1);
    }
}
