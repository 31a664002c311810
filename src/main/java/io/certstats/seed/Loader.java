package io.certstats.seed;

import io.certstats.provenance.PartialDate;
import io.certstats.provenance.SourceLink;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads data files as their {@link DataFile} describes them: each row upserted by its key with its
 * links replaced, unless it belongs to a resource a curator wrote; then it is only compared
 * ({@link CuratedRows}). Every value is held in the form a stored one is read back, so the two compare.
 */
final class Loader {

    private final Connection db;
    private final DataLocation data;
    private final CuratedRows curated;
    /** The curated rows of each table that is a resource, by key: read once, before its first file loads. */
    private final Map<String, Map<List<Object>, CuratedRows.Stored>> curatedByTable = new HashMap<>();
    /** The id of each source sources.csv lists, by URL: the only sources the other files may cite. */
    private final Map<String, Object> sourceIds = new HashMap<>();
    /** Each name a program had (programs.csv), mapped to its slug. */
    private final Map<String, String> programSlugs = new HashMap<>();

    Loader(Connection db, DataLocation data) throws SQLException {
        this.db = db;
        this.data = data;
        this.curated = new CuratedRows(db);
    }

    void load(List<DataFile> files) throws SQLException {
        for (DataFile file : files) {
            load(file);
        }
        curated.handBackAgreeing();
    }

    private void load(DataFile file) throws SQLException {
        // Who made the changes, for the history of each row (V8): the data file, by name.
        try (PreparedStatement actor = db.prepareStatement("select set_config('certstats.actor', ?, true)")) {
            actor.setString(1, "seed: " + file.file());
            actor.execute();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SeedFile.Row row : new SeedFile(file.file(), data).rows()) {
            rows.add(parse(file, row));
        }
        if (file.resource() != null && !curatedByTable.containsKey(file.table())) {
            curatedByTable.put(file.table(), curated.of(stored(file), file::keyOf, file.resource()));
        }
        Map<List<Object>, CuratedRows.Stored> own = curatedByTable.getOrDefault(file.table(), Map.of());
        Map<List<Object>, CuratedRows.Stored> owners = file.owner() == null ? Map.of()
                : curatedByTable.get(file.owner().table());
        Map<List<Object>, Map<String, Map<String, Object>>> curatedParts = new HashMap<>();
        Map<List<Object>, List<List<Object>>> unlisted = file.owner() != null && file.owner().replace()
                ? unlisted(file, rows) : Map.of();
        Set<List<Object>> replaced = new HashSet<>();
        for (Map<String, Object> row : rows) {
            List<Object> owner = file.owner() == null ? null : values(row, file.owner().columns());
            if (own.containsKey(file.keyOf(row))) {
                curated.compareRow(own.get(file.keyOf(row)), file.file(), row);
            } else if (owner != null && owners.containsKey(owner)) {
                curatedParts.computeIfAbsent(owner, o -> new TreeMap<>()).put(partKey(file, row), row);
            } else {
                if (owner != null && replaced.add(owner)) {
                    for (List<Object> key : unlisted.getOrDefault(owner, List.of())) {
                        execute(db, "delete from " + file.table() + " where " + String.join(" and ",
                                file.key().stream().map(c -> c + " = ?").toList()), key);
                    }
                }
                Object id = write(file, row);
                if (file.table().equals("source")) {
                    sourceIds.put((String) row.get("url"), id);
                } else if (file.table().equals("program")) {
                    ((List<?>) row.get("names")).forEach(name -> programSlugs.put((String) name, (String) id));
                }
            }
        }
        if (file.owner() != null) {
            compareParts(file, owners, curatedParts);
        }
    }

    private Map<String, Object> parse(DataFile file, SeedFile.Row row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (DataFile.Column column : file.columns()) {
            String cell = column.cell().equals("-") ? null
                    : column.required() ? row.required(column.cell()) : row.text(column.cell());
            try {
                values.put(column.name(), cell == null ? null : switch (column.kind()) {
                    case TEXT -> cell;
                    case UPPER -> cell.toUpperCase(Locale.ROOT);
                    case INT -> Integer.valueOf(cell);
                    case BIGINT -> Long.valueOf(cell);
                    case DECIMAL -> new BigDecimal(cell);
                    case DATE -> LocalDate.parse(cell);
                    case PARTIAL -> PartialDate.parse(cell).iso();
                    case LIST -> Arrays.stream(cell.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    case LINKS -> SourceLink.formatAll(listed(row, SourceLink.parseAll(cell)));
                    case PROGRAM -> Optional.ofNullable(programSlugs.get(cell)).orElseThrow(() -> new IllegalStateException(
                            where(row) + "program '" + cell + "' is not named in programs.csv"));
                    case STATUS -> cell.replaceFirst("\\s*\\(.*", "").toUpperCase(Locale.ROOT);
                    case STATUS_NOTE -> cell.contains("(")
                            ? cell.substring(cell.indexOf('(') + 1, cell.lastIndexOf(')')).strip() : null;
                    case HYPHENATED -> cell.replace('_', '-');
                });
            } catch (NumberFormatException | DateTimeException e) {
                throw new IllegalStateException(where(row) + column.cell() + " is not " + column.kind() + ": " + cell, e);
            }
        }
        return values;
    }

    private List<SourceLink> listed(SeedFile.Row row, List<SourceLink> links) {
        for (SourceLink link : links) {
            if (!sourceIds.containsKey(link.url())) {
                throw new IllegalStateException(where(row) + link.url() + " is not listed in sources.csv");
            }
        }
        return links;
    }

    private static String where(SeedFile.Row row) {
        return row.file() + ", row " + row.number() + ": ";
    }

    /** Upserts the row and replaces its links; returns its id. */
    private Object write(DataFile file, Map<String, Object> row) throws SQLException {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (DataFile.Column column : file.columns()) {
            Object value = row.get(column.name());
            switch (column.kind()) {
                case LINKS -> {
                }
                case PARTIAL -> {
                    PartialDate date = PartialDate.parse((String) value);
                    columns.put(column.name() + "_first_day", date == null ? null : date.firstDay());
                    columns.put(column.name() + "_precision", date == null ? null : date.precision());
                }
                case LIST -> columns.put(column.name(), value == null ? null
                        : db.createArrayOf("text", ((List<?>) value).toArray()));
                default -> columns.put(column.name(), value);
            }
        }
        Object id;
        String upsert = "insert into %s (%s) values (%s) on conflict (%s) do update set %s returning %s".formatted(
                file.table(), String.join(", ", columns.keySet()),
                String.join(", ", Collections.nCopies(columns.size(), "?")), String.join(", ", file.key()), String.join(", ", columns.keySet().stream()
                        .filter(c -> !file.key().contains(c)).map(c -> c + " = excluded." + c).toList()), file.id());
        try (PreparedStatement statement = db.prepareStatement(upsert)) {
            set(statement, new ArrayList<>(columns.values()));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                id = result.getObject(1);
            }
        }
        for (DataFile.Column column : file.columns()) {
            if (column.kind() == DataFile.Kind.LINKS) {
                execute(db, "delete from " + file.table() + "_sources where figure_id = ?", List.of(id));
                List<SourceLink> links = SourceLink.parseAll((String) row.get(column.name()));
                for (int i = 0; i < links.size(); i++) {
                    execute(db, "insert into " + file.table() + "_sources (figure_id, position, source_id, label)"
                                    + " values (?, ?, ?, ?)",
                            Arrays.asList(id, i, sourceIds.get(links.get(i).url()), links.get(i).label()));
                }
            }
        }
        return id;
    }

    /**
     * The keys of the stored rows the file no longer lists, by owner: an owner's file rows replace its stored
     * ones, so these go, while the listed ones are upserted by their key and keep their ids (a release that
     * leaves a row as it was leaves its history alone). Read once per file.
     */
    private Map<List<Object>, List<List<Object>>> unlisted(DataFile file, List<Map<String, Object>> rows)
            throws SQLException {
        Set<List<Object>> listed = new HashSet<>();
        rows.forEach(row -> listed.add(file.keyOf(row)));
        Map<List<Object>, List<List<Object>>> unlisted = new HashMap<>();
        for (Map<String, Object> stored : stored(file)) {
            if (!listed.contains(file.keyOf(stored))) {
                unlisted.computeIfAbsent(values(stored, file.owner().columns()), o -> new ArrayList<>())
                        .add(file.keyOf(stored));
            }
        }
        return unlisted;
    }

    /**
     * Compares the stored parts of each curated owner (a certification's exam codes, a year's criteria)
     * with those the file gives it.
     */
    private void compareParts(DataFile file, Map<List<Object>, CuratedRows.Stored> owners,
                              Map<List<Object>, Map<String, Map<String, Object>>> fileParts) throws SQLException {
        Map<List<Object>, Map<String, Map<String, Object>>> stored = new HashMap<>();
        for (Map<String, Object> row : stored(file)) {
            stored.computeIfAbsent(values(row, file.owner().columns()), o -> new TreeMap<>()).put(partKey(file, row), row);
        }
        for (Map.Entry<List<Object>, CuratedRows.Stored> owner : owners.entrySet()) {
            curated.compareParts(owner.getValue().resource(), file.file(), stored.getOrDefault(owner.getKey(), Map.of()),
                    fileParts.getOrDefault(owner.getKey(), Map.of()));
        }
    }

    /** A part's own key within its owner: the first key column that is not the owner's (an exam code). */
    private static String partKey(DataFile file, Map<String, Object> row) {
        return file.key().stream().filter(c -> !file.owner().columns().contains(c)).findFirst()
                .map(c -> String.valueOf(row.get(c))).orElseThrow();
    }

    private static List<Object> values(Map<String, Object> row, List<String> columns) {
        return columns.stream().map(row::get).toList();
    }

    /** Every stored row of the file's table, each as the file's columns in the form {@link #parse} gives. */
    private List<Map<String, Object>> stored(DataFile file) throws SQLException {
        List<String> reads = file.columns().stream().map(c -> switch (c.kind()) {
            case PARTIAL -> "partial_date_text(t.%1$s_first_day, t.%1$s_precision)".formatted(c.name());
            case LINKS -> ("(select string_agg(s.url || coalesce(' (' || l.label || ')', ''), ' | '"
                    + " order by l.position) from %s_sources l join source s on s.id = l.source_id where l.figure_id = t.%s)")
                    .formatted(file.table(), file.id());
            default -> "t." + c.name();
        }).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet result = select.executeQuery("select " + String.join(", ", reads) + " from " + file.table() + " t")) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < reads.size(); i++) {
                    Object value = result.getObject(i + 1);
                    if (value instanceof Array array) { // a list: empty reads as null, as an empty cell does
                        List<Object> list = Arrays.asList((Object[]) array.getArray());
                        value = list.isEmpty() ? null : list;
                    }
                    row.put(file.columns().get(i).name(), value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    static void execute(Connection db, String sql, List<Object> values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            set(statement, values);
            statement.executeUpdate();
        }
    }

    private static void set(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
