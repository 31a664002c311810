package io.certstats.datapackage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code datapackage.json} as the Frictionless Data Package (v1) and Table Schema specifications name its
 * properties: a tabular data package whose every resource is a CSV with its Table Schema.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Descriptor(String profile, String name, String title, String description, String homepage, String version,
                  String created, List<String> keywords, List<License> licenses, List<SourceRef> sources,
                  List<Contributor> contributors, List<Resource> resources) {

    static final String PROFILE = "tabular-data-package";

    record License(String name, String path, String title) {
    }

    /** A source of the data: what sources.csv describes, titled by its title where known, else its URL. */
    record SourceRef(String title, String path) {
    }

    record Contributor(String title, String role) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Resource(String name, String path, String profile, String title, String description, String format,
                    String mediatype, String encoding, Dialect dialect, TableSchema schema) {

        static final String PROFILE = "tabular-data-resource";
    }

    /** The CSV dialect formats/CsvRenderer writes: RFC 4180, CRLF, a header row. */
    record Dialect(String delimiter, String lineTerminator, String quoteChar, boolean doubleQuote, boolean header) {

        static final Dialect RFC_4180 = new Dialect(",", "\r\n", "\"", true, true);
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record TableSchema(List<Field> fields, List<String> primaryKey, List<String> missingValues) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Field(String name, String type, String format, String description, Constraints constraints) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Constraints(Boolean required, @JsonProperty("enum") List<String> values) {
    }
}
