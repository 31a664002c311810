package io.certstats.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every path of the committed openapi.yaml with the methods it declares, the query parameters of
 * its GET and which representations (JSON, CSV, SVG) that GET answers: what a client reading the contract expects, taken
 * from the contract rather than from the code under test.
 */
record OpenApiPaths(List<PathItem> paths) {

    /** json, csv, svg, citation (CSL-JSON, BibTeX and RIS), zip (the data package): which representations the GET answers in. */
    record PathItem(String template, Set<String> methods, List<String> pathParameters, List<String> getQuery,
                    boolean csv, boolean json, boolean svg, boolean citation, boolean zip) {
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    static OpenApiPaths read(Path spec) throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile()).path("paths");
        List<PathItem> items = new ArrayList<>();
        paths.fields().forEachRemaining(entry -> {
            if (entry.getKey().startsWith("/problems/")) {
                return; // the problem-type pages explain errors (HTML, or JSON on request) and are no read of the
                        // data: no unknown-parameter refusal, no CSV; ProblemTypeResourceTest covers them
            }
            Set<String> methods = new TreeSet<>();
            List<String> inPath = new ArrayList<>();
            entry.getValue().fields().forEachRemaining(operation -> {
                if (METHODS.contains(operation.getKey())) {
                    methods.add(operation.getKey().toUpperCase(Locale.ROOT));
                    operation.getValue().path("parameters").forEach(p -> {
                        if (p.path("in").asText().equals("path") && !inPath.contains(p.path("name").asText())) {
                            inPath.add(p.path("name").asText());
                        }
                    });
                }
            });
            JsonNode get = entry.getValue().path("get");
            List<String> query = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if (p.path("in").asText().equals("query")) {
                    query.add(p.path("name").asText());
                }
            });
            JsonNode content = get.path("responses").path("200").path("content");
            items.add(new PathItem(entry.getKey(), methods, List.copyOf(inPath), List.copyOf(query),
                    content.has("text/csv"), content.has("application/json"), content.has("image/svg+xml"),
                    content.has("application/vnd.citationstyles.csl+json"), content.has("application/zip")));
        });
        return new OpenApiPaths(List.copyOf(items));
    }
}
