package io.certstats.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an answer as RFC 4180 CSV (UTF-8, CRLF, a header row, no envelope). Nested values are
 * flattened into named columns ({@code source.notes}); a list of objects becomes one column per
 * field with the values joined by {@value #JOIN} ({@code examCodes.code} = "SAA-C01 | SAA-C02").
 */
@ApplicationScoped
public class CsvRenderer {

    static final String JOIN = " | ";
    static final String JOIN_NESTED = " ; ";
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private final ObjectMapper json;

    public CsvRenderer(ObjectMapper json) {
        // exact decimals: a cell shows the number the JSON answer shows, trailing zeros included
        this.json = json.copy().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    }

    public byte[] render(Object answer) {
        List<Map<String, String>> rows = (answer instanceof Tabular table ? table.rows() : List.of(answer)).stream()
                .map(row -> cells("", json.valueToTree(row), JOIN)).toList();
        if (rows.isEmpty()) {
            // no row names a column (a page past the last one): an empty document, where a header
            // row Jackson cannot write without columns was a 500
            return new byte[0];
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        columns(rows).forEach(schema::addColumn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CSV.writer(schema.build()).with(JsonGenerator.Feature.IGNORE_UNKNOWN).writeValues(out).writeAll(rows).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Every column of every row, in first-seen order; an empty list stands for its fields'
     * columns, so {@code source.links} is dropped where {@code source.links.url} exists.
     */
    private static Set<String> columns(List<Map<String, String>> rows) {
        Set<String> columns = new LinkedHashSet<>();
        rows.forEach(r -> columns.addAll(r.keySet()));
        columns.removeIf(c -> columns.stream().anyMatch(other -> other.startsWith(c + "."))
                && rows.stream().allMatch(r -> r.getOrDefault(c, "").isEmpty()));
        return columns;
    }

    private static Map<String, String> cells(String column, JsonNode node, String separator) {
        Map<String, String> cells = new LinkedHashMap<>();
        flatten(column, node, cells, separator);
        return cells;
    }

    /**
     * Objects become dotted columns; a list becomes one cell, its values joined by
     * {@code separator} (for a list of objects, one cell per field, aligned by position);
     * a list inside a list is joined by {@value #JOIN_NESTED}.
     */
    private static void flatten(String column, JsonNode node, Map<String, String> cells, String separator) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(column.isEmpty() ? field.getKey() : column + "." + field.getKey(), field.getValue(), cells,
                        separator);
            }
        } else if (node.isArray()) {
            List<Map<String, String>> elements = new ArrayList<>();
            node.forEach(element -> elements.add(cells(column, element, JOIN_NESTED)));
            Set<String> columns = new LinkedHashSet<>();
            elements.forEach(e -> columns.addAll(e.keySet()));
            if (columns.isEmpty()) {
                cells.put(column, "");
            }
            for (String inner : columns) {
                cells.put(inner, String.join(separator, elements.stream().map(e -> e.getOrDefault(inner, "")).toList()));
            }
        } else {
            // plain decimals: a spreadsheet must not read 1E-7 as text
            cells.put(column, node.isNull() ? "" : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
    }
}
