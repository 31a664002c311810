package io.certstats.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The paging headers of a list answer: {@code Link} (RFC 8288) with {@code first}, {@code prev},
 * {@code next} and {@code last}, keeping every other query parameter, and {@code X-Total-Count}.
 */
public final class PageLinks {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String PAGE = "page";

    private PageLinks() {
    }

    /**
     * @param queryOf the query of a given page: the request's canonical query (the response cache's
     *                key) with that page, so that every spelling of one request links alike
     */
    public static Map<String, String> headers(Paged page, String path, IntFunction<String> queryOf) {
        List<String> links = new ArrayList<>();
        links.add(link(path, queryOf, 1, "first"));
        if (page.page() > 1) {
            links.add(link(path, queryOf, Math.min(page.page() - 1, page.lastPage()), "prev"));
        }
        if (page.page() < page.lastPage()) {
            links.add(link(path, queryOf, page.page() + 1, "next"));
        }
        links.add(link(path, queryOf, page.lastPage(), "last"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Link", String.join(", ", links));
        headers.put(TOTAL_COUNT, Long.toString(page.total()));
        headers.putAll(page.headers());
        return headers;
    }

    private static String link(String path, IntFunction<String> queryOf, int page, String rel) {
        return "<" + path + "?" + queryOf.apply(page) + ">; rel=\"" + rel + "\"";
    }
}
