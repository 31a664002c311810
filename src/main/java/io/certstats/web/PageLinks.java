package io.certstats.web;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The paging headers of a list answer: {@code Link} (RFC 8288) with {@code first}, {@code prev},
 * {@code next} and {@code last}, keeping every other query parameter, and {@code X-Total-Count}.
 */
public final class PageLinks {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PageLinks() {
    }

    public static Map<String, String> headers(Paged page, UriInfo uri) {
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, page.lastPage()), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, page.lastPage(), "last"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Link", String.join(", ", links));
        headers.put(TOTAL_COUNT, Long.toString(page.total()));
        return headers;
    }

    private static String link(UriInfo uri, int page, String rel) {
        String target = UriBuilder.fromPath(uri.getPath()).replaceQuery(uri.getRequestUri().getRawQuery())
                .replaceQueryParam("page", page).build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
