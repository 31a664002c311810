package io.certstats.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Renders an answer in the negotiated format, with the headers that belong to that format. */
@ApplicationScoped
public class Renderer {

    /** RFC 4180 with its optional parameters: UTF-8, and a header row. */
    public static final String CSV_CONTENT_TYPE = "text/csv;charset=UTF-8;header=present";
    public static final String JSON_CONTENT_TYPE = "application/json;charset=UTF-8";
    public static final String SVG_CONTENT_TYPE = "image/svg+xml;charset=UTF-8";
    public static final String CSL_JSON_CONTENT_TYPE = Format.CSL_JSON_MEDIA_TYPE + ";charset=UTF-8";
    public static final String BIBTEX_CONTENT_TYPE = Format.BIBTEX_MEDIA_TYPE + ";charset=UTF-8";
    public static final String RIS_CONTENT_TYPE = Format.RIS_MEDIA_TYPE + ";charset=UTF-8";

    private final ObjectWriter compact;
    private final ObjectWriter pretty;
    private final CsvRenderer csv;

    public Renderer(ObjectMapper json, CsvRenderer csv) {
        this.compact = json.writer();
        this.pretty = json.writerWithDefaultPrettyPrinter();
        this.csv = csv;
    }

    /**
     * @param variant names the exact representation, for its ETag: the media type, and
     *                {@code ;pretty} for indented JSON
     */
    public record Rendered(byte[] body, String contentType, String variant, Map<String, String> headers) {
    }

    public Rendered render(Object answer, MediaType negotiated, boolean indent, String path) {
        if (Format.of(negotiated) == Format.SVG) {
            // only an answer that draws itself is offered as SVG (its resource @Produces it)
            return new Rendered(((Drawing) answer).svg().getBytes(StandardCharsets.UTF_8), SVG_CONTENT_TYPE,
                    Format.SVG_MEDIA_TYPE, Map.of());
        }
        if (answer instanceof Archive archive) {
            // only the data package is offered as a zip (its resource @Produces nothing else)
            return new Rendered(archive.zip(), Format.ZIP_MEDIA_TYPE, Format.ZIP_MEDIA_TYPE,
                    Map.of("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\""));
        }
        if (answer instanceof Cited cited) {
            return citation(cited, Format.of(negotiated), indent);
        }
        if (Format.of(negotiated) == Format.CSV) {
            return new Rendered(csv.render(answer), CSV_CONTENT_TYPE, Format.CSV_MEDIA_TYPE,
                    Map.of("Content-Disposition", "attachment; filename=\"" + fileName(path) + "\""));
        }
        return json(answer, indent);
    }

    /**
     * A citation in the format negotiated among the three its resource offers (CSL-JSON, BibTeX, RIS); the
     * text formats are named {@code .bib} and {@code .ris} files, which a browser hands to a reference manager.
     */
    private Rendered citation(Cited cited, Format format, boolean indent) {
        return switch (format) {
            case BIBTEX -> new Rendered(CitationWriter.bibtex(cited.references()).getBytes(StandardCharsets.UTF_8),
                    BIBTEX_CONTENT_TYPE, Format.BIBTEX_MEDIA_TYPE,
                    Map.of("Content-Disposition", "inline; filename=\"citation.bib\""));
            case RIS -> new Rendered(CitationWriter.ris(cited.references()).getBytes(StandardCharsets.UTF_8),
                    RIS_CONTENT_TYPE, Format.RIS_MEDIA_TYPE,
                    Map.of("Content-Disposition", "inline; filename=\"citation.ris\""));
            default -> {
                Rendered json = json(CitationWriter.csl(cited.references()), indent);
                yield new Rendered(json.body(), CSL_JSON_CONTENT_TYPE,
                        Format.CSL_JSON_MEDIA_TYPE + (indent ? ";pretty" : ""), Map.of());
            }
        };
    }

    /** The JSON of an answer: what a read serves and what a write's {@code If-Match} ETag is computed from. */
    public Rendered json(Object answer, boolean indent) {
        try {
            byte[] body = (indent ? pretty : compact).writeValueAsBytes(answer);
            return new Rendered(body, JSON_CONTENT_TYPE, MediaType.APPLICATION_JSON + (indent ? ";pretty" : ""),
                    Map.of());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + answer.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@code /api/v1/programs/jp-all-certifications-engineers/years} gives {@code programs-jp-all-…-years.csv}. */
    static String fileName(String path) {
        String name = path.replaceFirst("^/?api/v\\d+/?", "").replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return (name.isEmpty() ? "certstats" : name) + ".csv";
    }
}
