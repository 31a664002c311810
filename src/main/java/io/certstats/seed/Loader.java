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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Loads data files as their {@link DataFile} describes them: each row upserted by its key with its
 * links replaced, unless it belongs to a resource a curator wrote; then it is only compared
 * ({@link CuratedRows}).
 */
final class Loader {

    private final Connection db;
    private final DataLocation data;
    private final CuratedRows curated;
    /** The curated rows of each table that is a resource, by key: read once, before its files load. */
    private final Map<String, Map<List<Object>, CuratedRows.Stored>> curatedByTable = new HashMap<>();
    private final Set<String> listedSources = new HashSet<>();
    private Map<String, Object> sourceIds;
    private Map<String, Object> programSlugs;

    Loader(Connection db, DataLocation data) throws SQLException {
        this.db = db;
        this.data = data;
        this.curated = CuratedRows.load(db);
    }

    void load(List<DataFile> files) throws SQLException {
        for (DataFile file : files) {
            load(file);
        }
        curated.handBackAgreeing();
    }

    private void load(DataFile file) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SeedFile.Row row : new SeedFile(file.file(), data).rows()) {
            rows.add(parse(file, row));
        }
        Map<List<Object>, CuratedRows.Stored> own = Map.of();
        if (file.resource() != null && !curatedByTable.containsKey(file.table())) {
            curatedByTable.put(file.table(), curated.of(stored(file), file::keyOf, file.resource()));
        }
        own = curatedByTable.getOrDefault(file.table(), own);
        Map<List<Object>, CuratedRows.Stored> owners = file.owner() == null ? Map.of()
                : curatedByTable.get(file.owner().table());
        Map<List<Object>, Map<String, Map<String, Object>>> curatedParts = new LinkedHashMap<>();
        Set<List<Object>> replaced = new HashSet<>();
        for (Map<String, Object> row : rows) {
            CuratedRows.Stored stored = own.get(file.keyOf(row));
            List<Object> owner = file.owner() == null ? null : values(row, file.owner().columns());
            if (stored != null) {
                curated.compareRow(stored, file.file(), row);
            } else if (owner != null && owners.containsKey(owner)) {
                curatedParts.computeIfAbsent(owner, o -> new TreeMap<>()).put(partKey(file, row), row);
            } else {
                if (owner != null && file.owner().replace() && replaced.add(owner)) {
                    delete(file, owner);
                }
                write(file, row);
            }
        }
        if (file.owner() != null) {
            compareParts(file, owners, curatedParts);
        }
        if (file.table().equals("source")) {
            rows.forEach(row -> listedSources.add((String) row.get("url")));
            sourceIds = pairs("select url, id from source");
        }
    }

    /** The row's values as the table stores them, in the form a stored row is read back ({@link #stored}). */
    private Map<String, Object> parse(DataFile file, SeedFile.Row row) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Column column : file.columns()) {
            String cell = column.cell().apply(row);
            try {
                values.put(column.name(), cell == null ? null : switch (column.kind()) {
                    case TEXT -> cell;
                    case INTEGER -> Integer.valueOf(cell);
                    case BIGINT -> Long.valueOf(cell);
                    case DECIMAL -> new BigDecimal(cell);
                    case DATE -> LocalDate.parse(cell);
                    case PARTIAL_DATE -> PartialDate.parse(cell).iso();
                    case TEXT_ARRAY -> Arrays.stream(cell.split("[|,]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                    case LINKS -> SourceLink.formatAll(checked(row, SourceLink.parseAll(cell)));
                    case PROGRAM -> program(row, cell);
                });
            } catch (NumberFormatException | java.time.DateTimeException e) {
                throw new IllegalStateException(where(row) + column.name() + " is not " + column.kind() + ": " + cell, e);
            }
        }
        return values;
    }

    private List<SourceLink> checked(SeedFile.Row row, List<SourceLink> links) {
        for (SourceLink link : links) {
            if (!listedSources.contains(link.url())) {
                throw new IllegalStateException(where(row) + link.url() + " is not listed in sources.csv");
            }
        }
        return links;
    }

    /** Read once programs.csv is loaded, the first time a file names a program. */
    private String program(SeedFile.Row row, String name) throws SQLException {
        if (programSlugs == null) {
            programSlugs = pairs("select n.name, p.slug from program p, unnest(p.names) n (name)");
        }
        Object slug = programSlugs.get(name);
        if (slug == null) {
            throw new IllegalStateException(where(row) + "program '" + name + "' is not named in programs.csv");
        }
        return (String) slug;
    }

    private static String where(SeedFile.Row row) {
        return row.file() + ", row " + row.number() + ": ";
    }

    private void write(DataFile file, Map<String, Object> row) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (Column column : file.columns()) {
            Object value = row.get(column.name());
            switch (column.kind()) {
                case LINKS -> {
                    continue;
                }
                case PARTIAL_DATE -> {
                    PartialDate date = PartialDate.parse((String) value);
                    columns.add(column.name() + "_precision");
                    values.add(date == null ? null : date.precision());
                    value = date == null ? null : date.firstDay();
                }
                case TEXT_ARRAY -> value = value == null ? null
                        : db.createArrayOf("text", ((List<?>) value).toArray());
                default -> {
                }
            }
            columns.add(column.kind() == Column.Kind.PARTIAL_DATE ? column.name() + "_first_day" : column.name());
            values.add(value);
        }
        List<String> updates = columns.stream().filter(c -> !file.key().contains(c)).map(c -> c + " = excluded." + c)
                .toList();
        Object id;
        try (PreparedStatement upsert = db.prepareStatement("insert into " + file.table() + " ("
                + String.join(", ", columns) + ") values (" + String.join(", ", columns.stream().map(c -> "?").toList())
                + ") on conflict (" + String.join(", ", file.key()) + ") do update set " + String.join(", ", updates)
                + " returning " + file.id())) {
            set(upsert, values);
            try (ResultSet result = upsert.executeQuery()) {
                result.next();
                id = result.getObject(1);
            }
        }
        for (Column column : file.columns()) {
            if (column.kind() == Column.Kind.LINKS) {
                writeLinks(file, id, SourceLink.parseAll((String) row.get(column.name())));
            }
        }
    }

    private void writeLinks(DataFile file, Object id, List<SourceLink> links) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from " + file.linkTable() + " where figure_id = ?");
             PreparedStatement insert = db.prepareStatement("insert into " + file.linkTable()
                     + " (figure_id, position, source_id, label) values (?, ?, ?, ?)")) {
            set(delete, List.of(id));
            delete.executeUpdate();
            for (int i = 0; i < links.size(); i++) {
                set(insert, Arrays.asList(id, i, sourceIds.get(links.get(i).url()), links.get(i).label()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void delete(DataFile file, List<Object> owner) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("delete from " + file.table() + " where "
                + String.join(" and ", file.owner().columns().stream().map(c -> c + " = ?").toList()))) {
            set(delete, owner);
            delete.executeUpdate();
        }
    }

    /**
     * Compares the stored parts of each curated owner (a certification's exam codes, a year's criteria)
     * with those the file gives it.
     */
    private void compareParts(DataFile file, Map<List<Object>, CuratedRows.Stored> owners,
                              Map<List<Object>, Map<String, Map<String, Object>>> fileParts) throws SQLException {
        Map<List<Object>, Map<String, Map<String, Object>>> stored = new HashMap<>();
        for (Map<String, Object> row : stored(file)) {
            stored.computeIfAbsent(values(row, file.owner().columns()), o -> new TreeMap<>())
                    .put(partKey(file, row), row);
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
            case PARTIAL_DATE -> "partial_date_text(t." + c.name() + "_first_day, t." + c.name() + "_precision)";
            case LINKS -> "(select string_agg(s.url || coalesce(' (' || l.label || ')', ''), ' | ' order by l.position)"
                    + " from " + file.linkTable() + " l join source s on s.id = l.source_id where l.figure_id = t."
                    + file.id() + ")";
            default -> "t." + c.name();
        }).toList();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement select = db.createStatement();
             ResultSet result = select.executeQuery("select " + String.join(", ", reads) + " from " + file.table() + " t")) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < reads.size(); i++) {
                    Object value = result.getObject(i + 1);
                    if (value instanceof Array array) {
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

    private Map<String, Object> pairs(String query) throws SQLException {
        Map<String, Object> pairs = new HashMap<>();
        try (Statement select = db.createStatement(); ResultSet result = select.executeQuery(query)) {
            while (result.next()) {
                pairs.put(result.getString(1), result.getObject(2));
            }
        }
        return pairs;
    }

    private static void set(PreparedStatement statement, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }
}
