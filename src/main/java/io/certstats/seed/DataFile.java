package io.certstats.seed;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How one data file fills its table, described once: {@link Loader} reads, writes and compares every
 * file the same way.
 *
 * @param id       the table's single-column key, which its links refer to
 * @param key      the columns a file row is upserted by
 * @param resource for rows that are a curated resource of their own, its path
 * @param owner    for rows that are part of another table's resource, which (null for neither)
 */
record DataFile(String file, String table, String id, List<String> key, List<Column> columns,
                Function<Map<String, Object>, String> resource, Owner owner) {

    DataFile(String file, String table, String id, List<String> key, List<Column> columns) {
        this(file, table, id, key, columns, null, null);
    }

    /**
     * The table whose curated resource a row belongs to, and the row's columns that hold that
     * table's key; with {@code replace}, the file's rows of each owner replace the stored ones, so a
     * row removed from the file goes too.
     */
    record Owner(String table, List<String> columns, boolean replace) {
    }

    List<Object> keyOf(Map<String, Object> row) {
        return key.stream().map(row::get).toList();
    }

    String linkTable() {
        return table + "_sources";
    }
}
