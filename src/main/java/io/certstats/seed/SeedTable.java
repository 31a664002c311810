package io.certstats.seed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table the seed upserts by its natural key, named by the columns it writes (key first), so that
 * a row's values can be both written and compared with what a curator stored.
 */
record SeedTable(String name, List<String> key, List<String> columns) {

    SeedTable {
        if (!columns.subList(0, key.size()).equals(key)) {
            throw new IllegalArgumentException(name + ": the key columns come first");
        }
    }

    String upsert() {
        List<String> updates = columns.subList(key.size(), columns.size()).stream()
                .map(column -> column + " = excluded." + column).toList();
        return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ") on conflict ("
                + String.join(", ", key) + ") do update set " + String.join(", ", updates);
    }

    /** One row's values, given in the order of the columns. */
    Map<String, Object> row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for " + columns);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }

    List<Object> keyOf(Map<String, Object> row) {
        return key.stream().map(row::get).toList();
    }

    void add(PreparedStatement upsert, Map<String, Object> row) throws SQLException {
        int i = 1;
        for (Object value : row.values()) {
            upsert.setObject(i++, value);
        }
        upsert.addBatch();
    }

    /** Every stored row, each as the columns this table writes. */
    List<Map<String, Object>> stored(Connection db) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet result = select.executeQuery("select " + String.join(", ", columns) + " from " + name)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (String column : columns) {
                    row.put(column, result.getObject(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
