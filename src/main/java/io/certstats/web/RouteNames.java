package io.certstats.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.impl.HttpServerRequestInternal;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Names every answer of the API by its route template in /q/metrics ({@code http_server_requests_seconds{uri=...}}).
 * RESTEasy names the requests it routes and {@link ReadPipeline} those it answers from memory; the
 * rest were refused before routing (405 and 501 from {@link MethodFilter}, a bad {@code ?format=}, an
 * oversized body), and Micrometer labelled them with the raw path: one series per slug or typo, until
 * its cap of 200 dropped every new one. Just before such an answer's headers go out, this names it by
 * the route its path matches, or {@code /{unmatched}} where none does (a 404 there Quarkus names
 * {@code NOT_FOUND} itself). Quarkus'
 * HTTP metrics read the name from the request context's local "UrlPathTemplate".
 */
public class RouteNames {

    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    private static final String NO_ROUTE = "/{unmatched}";

    /** After RequestIdFilter, before every filter that may refuse a request. */
    static final int PRIORITY = 900;

    @Inject
    Routes routes;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            HttpServerRequest http = context.request();
            if (http.path().startsWith("/api/")) {
                context.addHeadersEndHandler(ignored -> nameIfUnnamed(http));
            }
            context.next();
        }, PRIORITY);
    }

    private void nameIfUnnamed(HttpServerRequest http) {
        if (http instanceof HttpServerRequestInternal internal && internal.context().getLocal(URL_PATH_TEMPLATE) == null) {
            String template = routes.template(http.path());
            if (template != null) {
                internal.context().putLocal(URL_PATH_TEMPLATE, template);
            } else if (http.response().getStatusCode() != 404) {
                internal.context().putLocal(URL_PATH_TEMPLATE, NO_ROUTE);
            }
        }
    }

    /** Names this request by its template (for an answer that never reaches RESTEasy's routing). */
    static void name(HttpServerRequest http, String template) {
        if (http instanceof HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_PATH_TEMPLATE, template);
        }
    }
}
