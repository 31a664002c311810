package io.certstats.formats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes {@link Reference}s as CSL-JSON, BibTeX and RIS. By hand rather than through a library: each
 * format is a few fields here, and the tests read every one back with a maintained parser (JBibTeX,
 * citeproc-java), which is what matters to a reference manager.
 */
final class CitationWriter {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private CitationWriter() {
    }

    /** CSL-JSON items (Jackson writes them): dates as {@code date-parts}, with only the parts known. */
    static List<Map<String, Object>> csl(List<Reference> references) {
        return references.stream().map(r -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", r.id());
            item.put("type", r.type());
            put(item, "title", r.title());
            put(item, "publisher", r.publisher());
            put(item, "container-title", r.containerTitle());
            put(item, "URL", r.url());
            put(item, "version", r.version());
            if (r.issued() != null) {
                item.put("issued", Map.of("date-parts", List.of(parts(r.issued()))));
            }
            if (r.accessed() != null) {
                item.put("accessed", Map.of("date-parts", List.of(parts(r.accessed().toString()))));
            }
            put(item, "note", r.note());
            return item;
        }).toList();
    }

    /**
     * BibTeX {@code @misc} entries (the type every style knows), with biblatex's {@code url} and
     * {@code urldate}; text is escaped for LaTeX, the URL is left as it is (the url package reads it).
     */
    static String bibtex(List<Reference> references) {
        StringBuilder out = new StringBuilder();
        for (Reference r : references) {
            out.append("@misc{").append(r.id()).append(",\n");
            field(out, "title", latex(r.title()));
            field(out, "publisher", latex(r.publisher()));
            field(out, "howpublished", latex(r.containerTitle()));
            field(out, "version", latex(r.version()));
            if (r.issued() != null) {
                List<Integer> date = parts(r.issued());
                field(out, "year", String.valueOf(date.get(0)));
                if (date.size() > 1) {
                    field(out, "month", MONTHS[date.get(1) - 1]);
                }
                field(out, "date", r.issued()); // biblatex's, which keeps the day BibTeX has no field for
            }
            field(out, "url", r.url() == null ? null : r.url().replace("{", "%7B").replace("}", "%7D"));
            field(out, "urldate", r.accessed() == null ? null : r.accessed().toString());
            field(out, "note", latex(r.note()));
            out.setLength(out.length() - 2); // no comma after the last field
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    /** RIS records (CRLF, as its specification writes them): {@code DATA} for a dataset, {@code ELEC} for a page. */
    static String ris(List<Reference> references) {
        StringBuilder out = new StringBuilder();
        for (Reference r : references) {
            tag(out, "TY", r.type().equals("dataset") ? "DATA" : "ELEC");
            tag(out, "ID", r.id());
            tag(out, "TI", r.title());
            tag(out, "T2", r.containerTitle());
            tag(out, "PB", r.publisher());
            tag(out, "ET", r.version());
            if (r.issued() != null) {
                tag(out, "PY", r.issued().substring(0, 4));
                tag(out, "DA", risDate(r.issued()));
            }
            tag(out, "Y2", r.accessed() == null ? null : risDate(r.accessed().toString()));
            tag(out, "UR", r.url());
            tag(out, "N1", r.note());
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    /** {@code 2024-06} gives [2024, 6]. */
    private static List<Integer> parts(String iso) {
        return Stream.of(iso.split("-")).map(Integer::valueOf).toList();
    }

    /** RIS dates are {@code YYYY/MM/DD/other}, with empty parts where not known. */
    private static String risDate(String iso) {
        List<String> parts = new ArrayList<>(List.of(iso.split("-")));
        while (parts.size() < 3) {
            parts.add("");
        }
        return String.join("/", parts) + "/";
    }

    private static void put(Map<String, Object> item, String name, String value) {
        if (value != null) {
            item.put(name, value);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    /** A value on one line: a line break would end the tag. */
    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null) {
            out.append(tag).append("  - ").append(value.replaceAll("\\R", " ")).append("\r\n");
        }
    }

    /** LaTeX's special characters escaped, so that a title with an & or a % stays one balanced value. */
    static String latex(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString().replaceAll("\\R", " ");
    }
}
