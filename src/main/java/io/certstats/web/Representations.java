package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ProblemType;
import io.certstats.errors.UnknownParameter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.certstats.formats.CsvRenderer;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents, on every read operation, what the formats and caching filters add to it: the CSV
 * representation (with an example rendered from the JSON example by the API's own CSV writer) and
 * {@code ?format=}, the validators and caching headers, the paging headers of lists, and
 * {@code 304 Not Modified} for conditional requests. ({@code ?pretty} and the conditional request
 * headers are described in the API's description, not as parameters of each operation, so that
 * generated clients do not grow three unused arguments per call.) Used by {@link ApiDocumentFilter}.
 */
final class Representations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvRenderer CSV = new CsvRenderer(JSON);
    private static final Schema STRING = OASFactory.createSchema().addType(Schema.SchemaType.STRING);

    private Representations() {
    }

    /** A POST answered as JSON or CSV (computations such as the journey evaluator): the CSV representation only. */
    static void documentCsv(Operation operation) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && ok.getContent() != null) {
            addCsv(ok);
        }
    }

    static void document(Operation read, String path, boolean csv) {
        boolean paged = parameters(read).stream().anyMatch(p -> "page".equals(p.getName()));
        if (csv) {
            read.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("The representation, for a link or a spreadsheet's \"import from URL\": json or "
                            + "csv (any case); it takes precedence over the Accept header.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(List.of("json", "csv"))));
        }

        APIResponse ok = read.getResponses().getAPIResponse("200");
        Map<String, Header> headers = new LinkedHashMap<>(validators());
        headers.put("Vary", header("Accept and Accept-Encoding: the representation and its compression depend on "
                + "them (and Origin, where the server lets only some origins read)."));
        if (paged) {
            headers.put("Link", header("RFC 8288 links to the first, prev, next and last pages, keeping the other "
                    + "parameters."));
            headers.put("X-Total-Count", header("How many items match, on all pages."));
        }
        if (csv) {
            headers.put("Content-Disposition", header("For CSV: attachment with a file name named after the path."));
            addCsv(ok);
            ApiDocumentFilter.addIfAbsent(read.getResponses(), "400", "A parameter is not valid; the problem names it.",
                    Problem.of(ProblemType.BAD_PARAMETER,
                            "format must be json or csv, not 'xml'", URI.create("/api/v1/certifications/SAA-C03"),
                            List.of(new Problem.ParameterError("format", "query", "must be json or csv, not 'xml'")),
                            ApiDocumentFilter.EXAMPLE_REQUEST_ID));
        }
        ok.setHeaders(headers);
        documentUnknownParameters(read, path);
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: the copy the client named with an If-None-Match (its ETag) or "
                        + "If-Modified-Since (its Last-Modified) request header is current; no body.")
                .headers(validators()));
    }

    /**
     * Every read refuses a query parameter it does not declare (caching/UnknownParameters), so that
     * a misspelt one is not silently ignored and no cache entry is made for it: its 400 says so.
     */
    private static void documentUnknownParameters(Operation read, String path) {
        List<String> accepted = new ArrayList<>();
        parameters(read).stream().filter(p -> p.getIn() == Parameter.In.QUERY).map(Parameter::getName)
                .forEach(accepted::add);
        accepted.remove("format");
        accepted.add("format");
        accepted.add("pretty");
        String instance = path;
        for (Parameter p : parameters(read)) {
            if (p.getIn() == Parameter.In.PATH) {
                Object value = p.getExample() != null ? p.getExample()
                        : p.getSchema() != null && p.getSchema().getExample() != null ? p.getSchema().getExample() : p.getName();
                instance = instance.replace("{" + p.getName() + "}", String.valueOf(value));
            }
        }
        Problem example = UnknownParameter.problem(URI.create(instance), path, accepted, List.of("sise"),
                ApiDocumentFilter.EXAMPLE_REQUEST_ID);
        String says = "A query parameter this operation does not declare is refused, naming it and listing those "
                + "it accepts.";
        APIResponse bad = read.getResponses().getAPIResponse("400");
        if (bad == null) {
            ApiDocumentFilter.addIfAbsent(read.getResponses(), "400", says, example);
            return;
        }
        bad.setDescription(bad.getDescription() + " " + says);
        MediaType problem = bad.getContent() == null ? null : bad.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (problem != null) {
            problem.addExample("unknown-parameter", OASFactory.createExample().value(ApiDocumentFilter.asMap(example)));
        }
    }

    private static void addCsv(APIResponse ok) {
        MediaType json = ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
        ok.getContent().addMediaType("text/csv", OASFactory.createMediaType().schema(
                        OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("RFC 4180: UTF-8, CRLF, a header row, one row per item; nested values "
                                        + "in dotted columns, lists joined with ' | '."))
                .examples(csvExamples(json)));
    }

    private static List<Parameter> parameters(Operation operation) {
        return operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
    }

    private static Map<String, Header> validators() {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("ETag", header("Strong validator of this representation, derived from the data: the same on "
                + "every instance and after a restart."));
        headers.put("Last-Modified", header("When the served data last changed."));
        headers.put("Cache-Control", header("public, max-age=… (configurable)."));
        return headers;
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(STRING);
    }

    /** Each JSON example as the CSV the API writes for it: the rows of a list, or one row. */
    private static Map<String, Example> csvExamples(MediaType json) {
        Map<String, Example> examples = new LinkedHashMap<>();
        if (json == null || json.getExamples() == null) {
            return examples;
        }
        json.getExamples().forEach((name, example) -> {
            JsonNode answer = JSON.valueToTree(example.getValue());
            JsonNode rows = answer.has("items") ? answer.get("items") : answer.has("cells") ? answer.get("cells") : null;
            List<JsonNode> table = new ArrayList<>();
            (rows == null ? List.of(answer) : rows).forEach(table::add);
            examples.put(name, OASFactory.createExample()
                    .value(new String(CSV.render(table), StandardCharsets.UTF_8)));
        });
        return examples;
    }
}
