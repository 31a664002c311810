package io.certstats.seed;

import io.certstats.curation.ResourcePaths;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Loads the reviewed data files into the schema of V1.
 *
 * <p>A repeatable migration whose checksum is that of the data files: Flyway runs it again
 * whenever a curator changes a file, so next year's count is one edited CSV line. Rows are
 * upserted by their natural keys, so a re-run updates what the files say and leaves other rows alone.
 * Rows a curator wrote through the API are not the files' to change: see {@link CuratedRows}.
 */
public class SeedDataMigration implements JavaMigration {

    /** Bump when the loading code changes in a way that needs a re-run over unchanged files. */
    private static final int LOADER_REVISION = 1;

    private final DataLocation data;

    public SeedDataMigration() {
        this(DataLocation.CLASSPATH);
    }

    /** Reads the data files from elsewhere than the application's own copies (a test's next release). */
    public SeedDataMigration(DataLocation data) {
        this.data = data;
    }

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "seed data";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(LOADER_REVISION);
        SeedFile.ALL.forEach(file -> crc.update(new SeedFile(file, data).bytes()));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        CuratedRows curated = CuratedRows.load(db);
        Map<List<Object>, CuratedRows.Stored> curatedCertifications = curated.of(CERTIFICATION,
                row -> ResourcePaths.certification((String) row.get("slug")));
        loadCertifications(db, rows("certifications.csv"), curated, curatedCertifications);
        loadExamVersions(db, rows("exam-versions.csv"), curated, curatedCertifications);
        Map<String, String> programSlugsByName = loadPrograms(db, rows("programs.csv"));
        Map<List<Object>, CuratedRows.Stored> curatedYears = curated.of(PROGRAM_YEAR,
                row -> ResourcePaths.programYear((String) row.get("program_slug"), (Integer) row.get("year")));
        loadProgramYears(db, rows("all-certifications-engineers.csv"), programSlugsByName, curated, curatedYears);
        loadRelatedRecognitions(db, rows("related-recognitions.csv"), programSlugsByName, curated, curatedYears);
        loadCriteria(db, rows("program-criteria.csv"), programSlugsByName, curated, curatedYears);
        loadPopulations(db, rows("population-bases.csv"), curated);
        loadExamFees(db, rows("exam-fees.csv"));
        loadConsumptionTax(db, rows("consumption-tax.csv"));
        loadBenefits(db, rows("certification-benefits.csv"));
        loadRecertification(db, rows("recertification.csv"));
        curated.handBackAgreeing();
    }

    private List<SeedFile.Row> rows(String name) {
        return new SeedFile(name, data).rows();
    }

    /** Writes each file row, or, where it belongs to a curated resource, only compares it with the stored row. */
    private static void upsertUnlessCurated(Connection db, SeedTable table, String file,
                                            List<Map<String, Object>> rows, CuratedRows curated,
                                            Map<List<Object>, CuratedRows.Stored> curatedRows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement(table.upsert())) {
            for (Map<String, Object> row : rows) {
                CuratedRows.Stored stored = curatedRows.get(table.keyOf(row));
                if (stored != null) {
                    curated.compareRow(stored, file, row);
                } else {
                    table.add(upsert, row);
                }
            }
            upsert.executeBatch();
        }
    }

    private static final SeedTable CERTIFICATION = new SeedTable("certification", List.of("code"), List.of(
            "code", "slug", "name", "former_names", "name_ja", "level", "status", "status_note", "launched_on",
            "retired_on", "fee_usd", "fee_jpy", "fee_jpy_before_2024_04_01", "duration_minutes", "question_count",
            "passing_score", "unscored_questions", "validity_years", "inferred", "notes", "source_urls"));

    private static void loadCertifications(Connection db, List<SeedFile.Row> rows, CuratedRows curated,
                                           Map<List<Object>, CuratedRows.Stored> curatedRows) throws SQLException {
        List<Map<String, Object>> values = new ArrayList<>();
        for (SeedFile.Row row : rows) {
            Status status = Status.parse(row);
            values.add(CERTIFICATION.row(row.required("id"), row.required("slug"), row.required("name_en"),
                    row.text("former_names_en"), row.text("name_ja"),
                    row.required("level").toUpperCase(Locale.ROOT), status.value(), status.note(),
                    row.text("first_available"), row.text("retired_on"), row.integer("fee_usd"),
                    row.integer("fee_jpy_from_2024_04_01"), row.integer("fee_jpy_before_2024_04_01"),
                    row.integer("duration_min"), row.integer("questions"), row.integer("passing_score"),
                    row.integer("unscored_questions"), row.integer("validity_years"), row.text("inferred"),
                    row.text("notes"), row.text("source_urls")));
        }
        upsertUnlessCurated(db, CERTIFICATION, "certifications.csv", values, curated, curatedRows);
    }

    private static final SeedTable EXAM_VERSION = new SeedTable("exam_version", List.of("exam_code"), List.of(
            "exam_code", "certification_code", "live_from", "live_until", "observed_live_on", "inferred", "notes",
            "source_urls"));

    /** The exam codes of a curated certification are part of it: the file's are compared, not written. */
    private static void loadExamVersions(Connection db, List<SeedFile.Row> rows, CuratedRows curated,
                                         Map<List<Object>, CuratedRows.Stored> curatedCertifications)
            throws SQLException {
        List<Map<String, Object>> values = new ArrayList<>();
        Map<Object, Map<String, Map<String, Object>>> curatedFromFile = new HashMap<>();
        for (SeedFile.Row row : rows) {
            Map<String, Object> version = EXAM_VERSION.row(row.required("exam_code").toUpperCase(Locale.ROOT),
                    row.required("certification_id"), row.text("live_from"), row.text("live_until"),
                    row.text("observed_live_on"), row.text("inferred"), row.text("notes"), row.text("source_urls"));
            Object certification = version.get("certification_code");
            if (curatedCertifications.containsKey(List.of(certification))) {
                curatedFromFile.computeIfAbsent(certification, c -> new TreeMap<>())
                        .put((String) version.get("exam_code"), version);
            } else {
                values.add(version);
            }
        }
        upsertUnlessCurated(db, EXAM_VERSION, "exam-versions.csv", values, curated, Map.of());
        Map<Object, Map<String, Map<String, Object>>> stored = new HashMap<>();
        for (Map<String, Object> version : EXAM_VERSION.stored(db)) {
            stored.computeIfAbsent(version.get("certification_code"), c -> new TreeMap<>())
                    .put((String) version.get("exam_code"), version);
        }
        for (CuratedRows.Stored certification : curatedCertifications.values()) {
            Object code = certification.values().get("code");
            curated.compareParts(certification.resource(), "exam-versions.csv", stored.getOrDefault(code, Map.of()),
                    curatedFromFile.getOrDefault(code, Map.of()));
        }
    }

    /** Returns each name a program has had, mapped to its slug, for the year files that name programs. */
    private static Map<String, String> loadPrograms(Connection db, List<SeedFile.Row> rows) throws SQLException {
        Map<String, String> slugsByName = new HashMap<>();
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into program (slug, name, names, country, unit, description, source_urls)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (slug) do update set name = excluded.name, names = excluded.names,
                    country = excluded.country, unit = excluded.unit, description = excluded.description,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                String slug = row.required("slug");
                String names = row.required("names");
                for (String name : names.split("\\|")) {
                    slugsByName.put(name.strip(), slug);
                }
                set(upsert, slug, row.required("name"), names, row.required("country"), row.required("unit"),
                        row.text("description"), row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        return slugsByName;
    }

    private static final SeedTable PROGRAM_YEAR = new SeedTable("program_year", List.of("program_slug", "year"),
            List.of("program_slug", "year", "name", "count", "required_certifications", "criteria_url", "source_urls",
                    "published_on", "inferred", "notes"));

    private static void loadProgramYears(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs,
                                         CuratedRows curated, Map<List<Object>, CuratedRows.Stored> curatedYears)
            throws SQLException {
        List<Map<String, Object>> values = new ArrayList<>();
        for (SeedFile.Row row : rows) {
            String name = row.required("program");
            values.add(PROGRAM_YEAR.row(programSlug(slugs, row, name), row.integer("year"), name, row.integer("count"),
                    row.integer("required_certifications"), row.text("criteria_url"), row.text("source_url"),
                    row.text("published_on"), null, row.text("notes")));
        }
        upsertUnlessCurated(db, PROGRAM_YEAR, "all-certifications-engineers.csv", values, curated, curatedYears);
    }

    private static void loadRelatedRecognitions(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs,
                                                CuratedRows curated, Map<List<Object>, CuratedRows.Stored> curatedYears)
            throws SQLException {
        List<Map<String, Object>> values = new ArrayList<>();
        for (SeedFile.Row row : rows) {
            String name = row.required("program");
            values.add(PROGRAM_YEAR.row(programSlug(slugs, row, name), row.integer("year"), name, row.integer("count"),
                    null, null, row.text("source_url"), null, row.text("inferred"), row.text("notes")));
        }
        upsertUnlessCurated(db, PROGRAM_YEAR, "related-recognitions.csv", values, curated, curatedYears);
    }

    private static final SeedTable CRITERION = new SeedTable("program_criterion",
            List.of("program_slug", "year", "certification_code"),
            List.of("program_slug", "year", "certification_code", "basis", "source_urls"));

    /**
     * Replaces the criteria of each program year the file lists, so a curator can also remove one;
     * a curated year's criteria are part of it, and only compared.
     */
    private static void loadCriteria(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs,
                                     CuratedRows curated, Map<List<Object>, CuratedRows.Stored> curatedYears)
            throws SQLException {
        Map<List<Object>, Map<String, Map<String, Object>>> byYear = new LinkedHashMap<>();
        for (SeedFile.Row row : rows) {
            Map<String, Object> criterion = CRITERION.row(programSlug(slugs, row, row.required("program")),
                    row.integer("year"), row.required("certification_id"), row.text("basis"), row.text("source_urls"));
            byYear.computeIfAbsent(List.of(criterion.get("program_slug"), criterion.get("year")), y -> new TreeMap<>())
                    .put((String) criterion.get("certification_code"), criterion);
        }
        try (PreparedStatement delete = db.prepareStatement(
                "delete from program_criterion where program_slug = ? and year = ?");
             PreparedStatement insert = db.prepareStatement(CRITERION.upsert())) {
            for (List<Object> year : byYear.keySet()) {
                if (!curatedYears.containsKey(year)) {
                    set(delete, year.get(0), year.get(1));
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            for (Map.Entry<List<Object>, Map<String, Map<String, Object>>> year : byYear.entrySet()) {
                if (!curatedYears.containsKey(year.getKey())) {
                    for (Map<String, Object> criterion : year.getValue().values()) {
                        CRITERION.add(insert, criterion);
                    }
                }
            }
            insert.executeBatch();
        }
        Map<List<Object>, Map<String, Map<String, Object>>> stored = new HashMap<>();
        for (Map<String, Object> criterion : CRITERION.stored(db)) {
            stored.computeIfAbsent(List.of(criterion.get("program_slug"), criterion.get("year")), y -> new TreeMap<>())
                    .put((String) criterion.get("certification_code"), criterion);
        }
        for (Map.Entry<List<Object>, CuratedRows.Stored> year : curatedYears.entrySet()) {
            curated.compareParts(year.getValue().resource(), "program-criteria.csv",
                    stored.getOrDefault(year.getKey(), Map.of()), byYear.getOrDefault(year.getKey(), Map.of()));
        }
    }

    private static final SeedTable POPULATION = new SeedTable("population", List.of("slug"),
            List.of("slug", "description", "value", "unit", "as_of", "notes", "source_urls"));

    private static void loadPopulations(Connection db, List<SeedFile.Row> rows, CuratedRows curated)
            throws SQLException {
        Map<List<Object>, CuratedRows.Stored> curatedRows = curated.of(POPULATION,
                row -> ResourcePaths.population((String) row.get("slug")));
        List<Map<String, Object>> values = new ArrayList<>();
        for (SeedFile.Row row : rows) {
            values.add(POPULATION.row(populationSlug(row.required("key")), row.required("description"),
                    Long.valueOf(row.required("value")), row.required("unit"), row.text("as_of"),
                    row.text("notes"), row.text("source_url")));
        }
        upsertUnlessCurated(db, POPULATION, "population-bases.csv", values, curated, curatedRows);
    }

    private static void loadExamFees(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into exam_fee (level, currency, amount, effective_from, effective_until, tax, source_urls)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (level, currency, effective_from) do update set amount = excluded.amount,
                    effective_until = excluded.effective_until, tax = excluded.tax, source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, row.required("level").toUpperCase(Locale.ROOT),
                        row.required("currency").toUpperCase(Locale.ROOT), new BigDecimal(row.required("amount")),
                        date(row, "effective_from"), date(row, "effective_until"), row.text("tax"),
                        row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void loadConsumptionTax(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into consumption_tax (country, effective_from, rate_percent, effective_until, notes, source_urls)
                values (?, ?, ?, ?, ?, ?)
                on conflict (country, effective_from) do update set rate_percent = excluded.rate_percent,
                    effective_until = excluded.effective_until, notes = excluded.notes,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, row.required("country").toUpperCase(Locale.ROOT), date(row, "effective_from"),
                        row.integer("rate_percent"), date(row, "effective_until"), row.text("notes"),
                        row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void loadBenefits(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into certification_benefit (benefit, value, rule, source_urls) values (?, ?, ?, ?)
                on conflict (benefit) do update set value = excluded.value, rule = excluded.rule,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, row.required("benefit"), row.required("value"), row.text("rule"), row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void loadRecertification(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into recertification (renewing, also_renews, notes, source_urls) values (?, ?, ?, ?)
                on conflict (renewing, also_renews) do update set notes = excluded.notes,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, row.required("renewing").toUpperCase(Locale.ROOT),
                        row.required("also_renews").toUpperCase(Locale.ROOT), row.text("notes"),
                        row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static LocalDate date(SeedFile.Row row, String column) {
        String value = row.text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException(row.file() + ": " + column + " is not a day (yyyy-mm-dd): " + value, e);
        }
    }

    /** Population slugs are the data file's keys with hyphens: jp_it_companies becomes jp-it-companies. */
    public static String populationSlug(String key) {
        return key.replace('_', '-');
    }

    private static String programSlug(Map<String, String> slugs, SeedFile.Row row, String name) {
        String slug = slugs.get(name);
        if (slug == null) {
            throw new IllegalStateException(row.file() + ": program '" + name + "' is not named in programs.csv");
        }
        return slug;
    }

    private static void set(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    /** The data files write status as 'active', 'retired' or 'active (renamed)'. */
    private record Status(String value, String note) {
        static Status parse(SeedFile.Row row) {
            String raw = row.required("status");
            int paren = raw.indexOf('(');
            String value = (paren < 0 ? raw : raw.substring(0, paren)).strip().toUpperCase(Locale.ROOT);
            String note = paren < 0 ? null : raw.substring(paren + 1, raw.lastIndexOf(')')).strip();
            return new Status(value, note);
        }
    }
}
