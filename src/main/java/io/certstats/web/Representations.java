package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.vintage.AsOf;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents, on every read operation, what the formats and caching filters add to it: the CSV
 * representation (where the resource {@code @Produces} text/csv, SmallRye lists it beside JSON; its
 * schema is the CSV text) and {@code ?format=}, the validators and caching headers, the paging headers
 * of lists, the 400 for an undeclared query parameter, and {@code 304 Not Modified} for conditional
 * requests. ({@code ?pretty} and the conditional request headers are described in the API's description,
 * not as parameters of each operation, so that generated clients do not grow three unused arguments per
 * call.) The examples come from the operations' files ({@link OperationDocs}). Used by {@link ApiDocumentFilter}.
 */
final class Representations {

    private static final String CSV = "text/csv";
    private static final String SVG = "image/svg+xml";
    private static final String ZIP = "application/zip";
    private static final Schema STRING = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    /** The citation formats (formats/Cited), in their resources' order of preference. */
    static final String CSL_JSON = "application/vnd.citationstyles.csl+json";
    private static final Map<String, String> CITATION_TEXT = Map.of(
            "application/x-bibtex", "BibTeX (UTF-8): one @misc entry per item, with biblatex's url and urldate.",
            "application/x-research-info-systems", "RIS (UTF-8, CRLF): one record per item, Y2 the access date.");
    /** The component schema of one CSL-JSON item ({@link ApiDocumentFilter} declares it). */
    static final String CSL_ITEM = "CslItem";
    static final String CSL_DATE = "CslDate";

    private Representations() {
    }

    /** Whether the operation answers CSV: its resource {@code @Produces} text/csv, so SmallRye lists it. */
    static boolean answersCsv(Operation operation) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().hasMediaType(CSV);
    }

    /**
     * The CSV representation of an operation that answers CSV: SmallRye gives it the JSON media type's
     * own object (schema and all), so it becomes a media type of its own, whose schema is the CSV text.
     * Runs before the examples are added, so that each representation gets its own.
     */
    static void documentCsv(Operation operation) {
        if (answersCsv(operation)) {
            operation.getResponses().getAPIResponse("200").getContent().addMediaType(CSV, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .description("RFC 4180: UTF-8, CRLF, a header row, one row per item; nested values "
                                    + "in dotted columns, lists joined with ' | '.")));
        }
        if (answers(operation, SVG)) {
            // likewise the SVG of a chart or badge: a document of its own, whatever the JSON's schema is; "binary"
            // so that generated clients hand it over as it came instead of parsing it as a JSON string
            operation.getResponses().getAPIResponse("200").getContent().addMediaType(SVG, OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")
                            .description("An SVG 1.1 document (UTF-8) with <title>, <desc> and role=\"img\"; "
                                    + "its data-* attributes carry the figures drawn.")));
        }
    }

    /**
     * A citation's three representations: CSL-JSON is an array of CSL items (what SmallRye infers from the
     * Java answer is not what is written); BibTeX and RIS are documents of their own, "binary" as SVG is, so
     * that generated clients hand them over as they came.
     */
    static void documentCitation(Operation operation) {
        if (!answers(operation, CSL_JSON)) {
            return;
        }
        var content = operation.getResponses().getAPIResponse("200").getContent();
        content.addMediaType(CSL_JSON, OASFactory.createMediaType().schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY).description("CSL-JSON: the items to cite, in order.")
                .items(OASFactory.createSchema().ref("#/components/schemas/" + CSL_ITEM))));
        CITATION_TEXT.forEach((type, description) -> content.addMediaType(type, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("binary")
                        .description(description))));
    }

    /** A CSL-JSON date: year, month and day as far as known. */
    static Schema cslDate() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("date-parts"))
                .addProperty("date-parts", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .items(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))))
                .description("Year, month and day, as far as known.");
    }

    /** One CSL-JSON item as the citations write it: id and type always, the other fields where known. */
    static Schema cslItem() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema date = OASFactory.createSchema().ref("#/components/schemas/" + CSL_DATE);
        Schema item = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).required(List.of("id", "type"))
                .description("An item of the Citation Style Language's data model (CSL-JSON).");
        for (String name : List.of("id", "type", "title", "publisher", "container-title", "URL", "version", "note")) {
            item.addProperty(name, text);
        }
        return item.addProperty("issued", date).addProperty("accessed", date);
    }

    /** Whether the operation's success answer lists the media type. */
    private static boolean answers(Operation operation, String mediaType) {
        APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().hasMediaType(mediaType);
    }

    static void document(Operation read) {
        boolean csv = answersCsv(read);
        boolean svg = answers(read, SVG);
        boolean citation = answers(read, CSL_JSON);
        boolean zip = answers(read, ZIP);
        boolean paged = parameters(read).stream().anyMatch(p -> "page".equals(p.getName()));
        boolean lang = parameters(read).stream().anyMatch(p -> "lang".equals(p.getName()));
        documentAsOf(read);
        if (csv) {
            read.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("The representation, for a link or a spreadsheet's \"import from URL\": json or "
                            + "csv (any case); it takes precedence over the Accept header.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(List.of("json", "csv"))));
        } else if (citation) {
            read.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("The representation, for a link: csl-json, bibtex or ris (any case); it takes "
                            + "precedence over the Accept header.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .enumeration(List.of("csl-json", "bibtex", "ris"))));
        } else if (zip) {
            read.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("The representation, for a link: zip (any case), the only one; it takes precedence "
                            + "over the Accept header.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(List.of("zip"))));
        } else if (svg) {
            List<Object> formats = answers(read, "application/json") ? List.of("json", "svg") : List.of("svg");
            read.addParameter(OASFactory.createParameter().name("format").in(Parameter.In.QUERY)
                    .description("The representation, for an <img> or a README: " + String.join(" or ",
                            formats.stream().map(String::valueOf).toList()) + " (any case); it takes precedence over "
                            + "the Accept header.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).enumeration(formats)));
        }

        APIResponse ok = read.getResponses().getAPIResponse("200");
        Map<String, Header> headers = new LinkedHashMap<>(validators());
        headers.put("Vary", header("Accept and Accept-Encoding: the representation and its compression depend on "
                + "them (and Origin, where the server lets only some origins read)"
                + (lang ? "; Accept-Language, which picks the labels' language when lang is not given." : ".")));
        if (paged) {
            headers.put("Link", header("RFC 8288 links to the first, prev, next and last pages, keeping the other "
                    + "parameters."));
            headers.put("X-Total-Count", header("How many items match, on all pages."));
        }
        if (csv) {
            headers.put("Content-Disposition", header("For CSV: attachment with a file name named after the path."));
        }
        if (citation) {
            headers.put("Content-Disposition", header("For BibTeX and RIS: inline, named citation.bib or citation.ris."));
        }
        if (zip) {
            headers.put("Content-Disposition", header("attachment, named certstats-datapackage.zip."));
        }
        ok.setHeaders(headers);
        documentBadParameters(read);
        read.getResponses().addAPIResponse("304", OASFactory.createAPIResponse()
                .description("Not Modified: the copy the client named with an If-None-Match (its ETag) or "
                        + "If-Modified-Since (its Last-Modified) request header is current; no body.")
                .headers(validators()));
    }

    /**
     * Every read answers as of a past time with {@code asOf} (io.certstats.vintage): the parameter, and the 404
     * of a time before any data, with the example every read shares (any-operation.json).
     */
    private static void documentAsOf(Operation read) {
        read.addParameter(OASFactory.createParameter().name(AsOf.PARAMETER).in(Parameter.In.QUERY)
                .description("Answer as the API would have at that time, from the data then (its history keeps every "
                        + "version of every figure): a day (YYYY-MM-DD, the data at the end of that day, UTC) or a "
                        + "timestamp with its offset (2025-01-31T09:00:00Z). Last-Modified is then the last change "
                        + "at or before it. Not after now.")
                .example("2025-01-31").schema(STRING));
        String says = "asOf is before certstats kept any data (no-vintage).";
        APIResponse notFound = read.getResponses().getAPIResponse("404");
        if (notFound == null) {
            ApiDocumentFilter.addProblem(read.getResponses(), "404", "Not Found: " + says);
            return;
        }
        notFound.setDescription(notFound.getDescription() + " Or " + says);
        OperationDocs.Example shared = OperationDocs.ANY_OPERATION.get(404);
        var problem = notFound.getContent() == null ? null : notFound.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (shared != null && problem != null) {
            problem.addExample(shared.name(), OASFactory.createExample().value(shared.value()));
        }
    }

    /**
     * Every read refuses a query parameter it does not declare (ReadPipeline), so that
     * a misspelt one is not silently ignored and no cache entry is made for it: its 400 says so.
     */
    private static void documentBadParameters(Operation read) {
        String says = "A query parameter this operation does not declare is refused, naming it and listing those "
                + "it accepts.";
        APIResponse bad = read.getResponses().getAPIResponse("400");
        if (bad == null) {
            boolean declares = parameters(read).stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
            ApiDocumentFilter.addProblem(read.getResponses(), "400",
                    (declares ? OperationDocs.BAD_PARAMETER + " " : "") + says);
        } else {
            bad.setDescription(bad.getDescription() + " " + says);
        }
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
}
