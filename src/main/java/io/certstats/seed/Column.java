package io.certstats.seed;

import java.util.Locale;
import java.util.function.Function;

/**
 * One column a data file fills: the table's column, how it is stored, and the cell (or value made of
 * the row) it comes from.
 */
record Column(String name, Kind kind, Function<SeedFile.Row, String> cell) {

    /** How a value is stored, which also says how it is read from a cell and compared with a stored one. */
    enum Kind {
        TEXT, INTEGER, BIGINT, DECIMAL,
        /** A day (yyyy-mm-dd). */
        DATE,
        /** A day, month or year in a DATE column and its precision in {@code <name>_precision} (V6). */
        PARTIAL_DATE,
        /** A ' | '-separated list (',' also separates field names) in a text[] column. */
        TEXT_ARRAY,
        /** The files' {@code url (label) | url} as rows of {@code <table>_sources}, each URL one of sources.csv. */
        LINKS,
        /** A program's name (any it had) in the file, its slug in the table. */
        PROGRAM
    }

    static Column of(String name, Kind kind, String cell) {
        return new Column(name, kind, row -> row.text(cell));
    }

    static Column text(String name, String cell) {
        return of(name, Kind.TEXT, cell);
    }

    static Column required(String name, String cell) {
        return new Column(name, Kind.TEXT, row -> row.required(cell));
    }

    /** The codes and levels are upper case in the tables, as the API's enums and queries name them. */
    static Column upper(String name, String cell) {
        return new Column(name, Kind.TEXT, row -> row.required(cell).toUpperCase(Locale.ROOT));
    }

    /** A column this file does not fill, set to null so both files of a table say the same of it. */
    static Column none(String name, Kind kind) {
        return new Column(name, kind, row -> null);
    }
}
