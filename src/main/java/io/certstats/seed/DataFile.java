package io.certstats.seed;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How one data file fills its table, described once: {@link Loader} reads, writes and compares every
 * file the same way. A column is written {@code column[=cell][:kind][!]}: the table's column, the
 * file's cell (the same name if left out; {@code -} for none, so that both files of a table say the
 * same of it), how it is stored ({@link Kind}, text if left out), and {@code !} when it must not be empty.
 *
 * @param id       the table's single-column key, which its links refer to
 * @param key      the columns a row is upserted by
 * @param resource for rows that are a curated resource of their own, its path (else null)
 * @param owner    for rows that are part of another table's resource, which (else null)
 */
record DataFile(String file, String table, String id, List<String> key, Function<Map<String, Object>, String> resource,
                Owner owner, List<Column> columns) {

    DataFile(String file, String table, String id, List<String> key, Function<Map<String, Object>, String> resource,
             Owner owner, String... columns) {
        this(file, table, id, key, resource, owner, Stream.of(columns).map(Column::parse).toList());
    }

    /**
     * The table whose curated resource a row belongs to, and the row's columns that hold that table's
     * key; with {@code replace}, the file's rows of an owner replace the stored ones, so a removed row goes.
     */
    record Owner(String table, List<String> columns, boolean replace) {
    }

    /** How a value is stored, which also says how its cell is read and how it compares with a stored one. */
    enum Kind {
        TEXT, UPPER, INT, BIGINT, DECIMAL,
        /** A day (yyyy-mm-dd). */
        DATE,
        /** A day, month or year: {@code <column>_first_day} and {@code <column>_precision} (V6). */
        PARTIAL,
        /** A ' | '-separated list (',' also separates field names) in a text[] column. */
        LIST,
        /** The files' {@code url (label) | url} as rows of {@code <table>_sources}, each URL one of sources.csv. */
        LINKS,
        /** A program's name (any it had) in the file, its slug in the table. */
        PROGRAM,
        /** The files' 'active', 'retired' or 'active (renamed)': the status, and the note in parentheses. */
        STATUS, STATUS_NOTE,
        /** A key with underscores in the file, hyphens in the table: jp_it_companies is jp-it-companies. */
        HYPHENATED
    }

    record Column(String name, String cell, Kind kind, boolean required) {

        private static final Pattern SPEC = Pattern.compile("(\\w+)(?:=(-|\\w+))?(?::(\\w+))?(!)?");

        static Column parse(String spec) {
            Matcher m = SPEC.matcher(spec);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a column: " + spec);
            }
            return new Column(m.group(1), m.group(2) == null ? m.group(1) : m.group(2),
                    m.group(3) == null ? Kind.TEXT : Kind.valueOf(m.group(3).toUpperCase(Locale.ROOT)), m.group(4) != null);
        }
    }

    List<Object> keyOf(Map<String, Object> row) {
        return key.stream().map(row::get).toList();
    }
}
