package io.certstats.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The GET operations of the committed openapi.yaml: the names of their path and query parameters,
 * whether they need credentials, and which of JSON, CSV, SVG, the citation formats and zip they serve.
 */
record OpenApiOperations(List<Operation> operations) {

    record Operation(String path, List<String> pathParameters, List<String> queryParameters, boolean secured,
                     boolean csv, boolean json, boolean svg, boolean citation, boolean zip) {
    }

    static OpenApiOperations read(Path spec) throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(spec.toFile()).path("paths");
        List<Operation> operations = new ArrayList<>();
        paths.fields().forEachRemaining(entry -> {
            if (entry.getKey().startsWith("/problems/")) {
                return; // the problem-type pages explain errors (HTML, or JSON on request) and are no read of the
                        // data: no unknown-parameter refusal, no CSV; ProblemTypeResourceTest covers them
            }
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode()) {
                return;
            }
            List<String> inPath = new ArrayList<>();
            List<String> inQuery = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                String name = parameter.path("name").asText();
                switch (parameter.path("in").asText()) {
                    case "path" -> inPath.add(name);
                    case "query" -> inQuery.add(name);
                    default -> {
                        // headers and cookies: none yet
                    }
                }
            }
            JsonNode content = get.path("responses").path("200").path("content");
            operations.add(new Operation(entry.getKey(), List.copyOf(inPath), List.copyOf(inQuery),
                    !get.path("security").isEmpty(), content.has("text/csv"), content.has("application/json"),
                    content.has("image/svg+xml"), content.has("application/vnd.citationstyles.csl+json"),
                    content.has("application/zip")));
        });
        return new OpenApiOperations(List.copyOf(operations));
    }
}
