package io.certstats.seed;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of the resources curators wrote through the API (marked in curated_resource, V5), and
 * what a seed run does with them. It writes none of them: it compares each with what the data files
 * say, records each file's disagreeing values in the audit trail ('keep-curated'), and hands a
 * resource back to the files ('hand-back', mark removed) once the files say exactly what is stored.
 * A whole resource is kept, not single fields, because a curator's PUT states the whole resource.
 */
final class CuratedRows {

    /** A stored row that belongs to a curated resource. */
    record Stored(String resource, Map<String, Object> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final Set<String> marked = new HashSet<>();
    /** What the files say of each curated resource whose own row they list, by file. */
    private final Map<String, Map<String, Object>> listed = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> parts = new HashMap<>();
    private final Set<String> disagreeing = new HashSet<>();

    CuratedRows(Connection db) throws SQLException {
        this.db = db;
        try (Statement select = db.createStatement();
             ResultSet result = select.executeQuery("select resource from curated_resource")) {
            while (result.next()) {
                marked.add(result.getString(1));
            }
        }
    }

    /** The stored rows that belong to a curated resource, by key. */
    Map<List<Object>, Stored> of(List<Map<String, Object>> stored, Function<Map<String, Object>, List<Object>> keyOf,
                                 Function<Map<String, Object>, String> resourceOf) {
        Map<List<Object>, Stored> curated = new HashMap<>();
        for (Map<String, Object> row : stored) {
            String resource = resourceOf.apply(row);
            if (marked.contains(resource)) {
                curated.put(keyOf.apply(row), new Stored(resource, row));
            }
        }
        return curated;
    }

    /** Compares a curated resource's own row with the row a data file gives it. */
    void compareRow(Stored stored, String file, Map<String, Object> fileRow) throws SQLException {
        listed.computeIfAbsent(stored.resource(), r -> new LinkedHashMap<>()).put(file, fileRow);
        compare(stored.resource(), file, stored.values(), fileRow);
    }

    /**
     * Compares the rows that belong to a curated resource (a certification's exam codes, a year's
     * criteria), each by its own key, with those a data file gives it; a row only one side has differs.
     * Of a resource the files say nothing about (a year only the API created) there is nothing to compare.
     */
    void compareParts(String resource, String file, Map<String, Map<String, Object>> stored,
                      Map<String, Map<String, Object>> fileRows) throws SQLException {
        if (!listed.containsKey(resource) && fileRows.isEmpty()) {
            return;
        }
        parts.computeIfAbsent(resource, r -> new LinkedHashMap<>()).put(file, fileRows);
        compare(resource, file, stored, fileRows);
    }

    private void compare(String resource, String file, Map<String, ?> stored, Map<String, ?> fileValues)
            throws SQLException {
        Map<String, Object> curatedValues = new LinkedHashMap<>();
        Map<String, Object> fileSays = new LinkedHashMap<>();
        diff(stored, fileValues, curatedValues, fileSays);
        if (!curatedValues.isEmpty()) {
            disagreeing.add(resource);
            audit("seed: " + file, "keep-curated", resource, curatedValues, fileSays);
        }
    }

    /** Puts each value that differs into both sides' maps; of rows both sides have, only the differing columns. */
    @SuppressWarnings("unchecked")
    private static void diff(Map<String, ?> stored, Map<String, ?> fileValues, Map<String, Object> curatedValues,
                             Map<String, Object> fileSays) {
        Set<String> keys = new LinkedHashSet<>(fileValues.keySet());
        keys.addAll(stored.keySet());
        for (String key : keys) {
            Object curated = stored.get(key);
            Object file = fileValues.get(key);
            if (Objects.equals(curated, file)) {
                continue;
            }
            if (curated instanceof Map<?, ?> curatedRow && file instanceof Map<?, ?> fileRow) {
                Map<String, Object> curatedColumns = new LinkedHashMap<>();
                Map<String, Object> fileColumns = new LinkedHashMap<>();
                diff((Map<String, ?>) curatedRow, (Map<String, ?>) fileRow, curatedColumns, fileColumns);
                curatedValues.put(key, curatedColumns);
                fileSays.put(key, fileColumns);
            } else {
                curatedValues.put(key, curated);
                fileSays.put(key, file);
            }
        }
    }

    /**
     * Hands back to the data files each curated resource they now describe exactly: from the next
     * release on, it follows the files again. A resource the files do not list (a year a curator
     * added) stays curated.
     */
    void handBackAgreeing() throws SQLException {
        for (Map.Entry<String, Map<String, Object>> resource : listed.entrySet()) {
            if (!disagreeing.contains(resource.getKey())) {
                Map<String, Object> filesSay = new LinkedHashMap<>(resource.getValue());
                filesSay.putAll(parts.getOrDefault(resource.getKey(), Map.of()));
                Loader.execute(db, "delete from curated_resource where resource = ?", List.of(resource.getKey()));
                audit("seed", "hand-back", resource.getKey(), null, filesSay);
            }
        }
    }

    private void audit(String actor, String action, String resource, Object oldValue, Object newValue)
            throws SQLException {
        Loader.execute(db, """
                insert into audit_entry (written_at, actor, action, resource, old_value, new_value)
                values (clock_timestamp(), ?, ?, ?, ?::jsonb, ?::jsonb)""", Arrays.asList(actor, action, resource,
                oldValue == null ? null : JSON.valueToTree(oldValue).toString(), JSON.valueToTree(newValue).toString()));
    }
}
