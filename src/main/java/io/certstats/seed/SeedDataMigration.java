package io.certstats.seed;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Loads the reviewed data files into the schema of V1.
 *
 * <p>A repeatable migration whose checksum is that of the data files: Flyway runs it again
 * whenever a curator changes a file, so next year's count is one edited CSV line. Rows are
 * upserted by their natural keys, so a re-run updates what the files say and leaves other rows alone.
 */
public class SeedDataMigration implements JavaMigration {

    /** Bump when the loading code changes in a way that needs a re-run over unchanged files. */
    private static final int LOADER_REVISION = 1;

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
        SeedFile.ALL.forEach(file -> crc.update(file.bytes()));
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        loadCertifications(db, rows("certifications.csv"));
        loadExamVersions(db, rows("exam-versions.csv"));
        Map<String, String> programSlugsByName = loadPrograms(db, rows("programs.csv"));
        loadProgramYears(db, rows("all-certifications-engineers.csv"), programSlugsByName);
        loadRelatedRecognitions(db, rows("related-recognitions.csv"), programSlugsByName);
        loadCriteria(db, rows("program-criteria.csv"), programSlugsByName);
        loadPopulations(db, rows("population-bases.csv"));
        loadExamFees(db, rows("exam-fees.csv"));
        loadConsumptionTax(db, rows("consumption-tax.csv"));
        loadBenefits(db, rows("certification-benefits.csv"));
        loadRecertification(db, rows("recertification.csv"));
    }

    private static List<SeedFile.Row> rows(String name) {
        return new SeedFile(name).rows();
    }

    private static void loadCertifications(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into certification (code, slug, name, former_names, name_ja, level, status, status_note,
                    launched_on, retired_on, fee_usd, fee_jpy, fee_jpy_before_2024_04_01, duration_minutes,
                    question_count, passing_score, unscored_questions, validity_years, inferred, notes, source_urls)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set slug = excluded.slug, name = excluded.name,
                    former_names = excluded.former_names, name_ja = excluded.name_ja, level = excluded.level,
                    status = excluded.status, status_note = excluded.status_note, launched_on = excluded.launched_on,
                    retired_on = excluded.retired_on, fee_usd = excluded.fee_usd, fee_jpy = excluded.fee_jpy,
                    fee_jpy_before_2024_04_01 = excluded.fee_jpy_before_2024_04_01,
                    duration_minutes = excluded.duration_minutes, question_count = excluded.question_count,
                    passing_score = excluded.passing_score, unscored_questions = excluded.unscored_questions,
                    validity_years = excluded.validity_years, inferred = excluded.inferred, notes = excluded.notes,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                Status status = Status.parse(row);
                set(upsert, row.required("id"), row.required("slug"), row.required("name_en"),
                        row.text("former_names_en"), row.text("name_ja"),
                        row.required("level").toUpperCase(Locale.ROOT), status.value(), status.note(),
                        row.text("first_available"), row.text("retired_on"), row.integer("fee_usd"),
                        row.integer("fee_jpy_from_2024_04_01"), row.integer("fee_jpy_before_2024_04_01"),
                        row.integer("duration_min"), row.integer("questions"), row.integer("passing_score"),
                        row.integer("unscored_questions"), row.integer("validity_years"), row.text("inferred"),
                        row.text("notes"), row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void loadExamVersions(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into exam_version (exam_code, certification_code, live_from, live_until, observed_live_on,
                    inferred, notes, source_urls)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (exam_code) do update set certification_code = excluded.certification_code,
                    live_from = excluded.live_from, live_until = excluded.live_until,
                    observed_live_on = excluded.observed_live_on, inferred = excluded.inferred,
                    notes = excluded.notes, source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, row.required("exam_code").toUpperCase(Locale.ROOT), row.required("certification_id"),
                        row.text("live_from"), row.text("live_until"), row.text("observed_live_on"),
                        row.text("inferred"), row.text("notes"), row.text("source_urls"));
                upsert.addBatch();
            }
            upsert.executeBatch();
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

    private static final String UPSERT_PROGRAM_YEAR = """
            insert into program_year (program_slug, year, name, count, required_certifications, criteria_url,
                source_urls, published_on, inferred, notes)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (program_slug, year) do update set name = excluded.name, count = excluded.count,
                required_certifications = excluded.required_certifications, criteria_url = excluded.criteria_url,
                source_urls = excluded.source_urls, published_on = excluded.published_on,
                inferred = excluded.inferred, notes = excluded.notes
            """;

    private static void loadProgramYears(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs)
            throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement(UPSERT_PROGRAM_YEAR)) {
            for (SeedFile.Row row : rows) {
                String name = row.required("program");
                set(upsert, programSlug(slugs, row, name), row.integer("year"), name, row.integer("count"),
                        row.integer("required_certifications"), row.text("criteria_url"), row.text("source_url"),
                        row.text("published_on"), null, row.text("notes"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void loadRelatedRecognitions(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs)
            throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement(UPSERT_PROGRAM_YEAR)) {
            for (SeedFile.Row row : rows) {
                String name = row.required("program");
                set(upsert, programSlug(slugs, row, name), row.integer("year"), name, row.integer("count"),
                        null, null, row.text("source_url"), null, row.text("inferred"), row.text("notes"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Replaces the criteria of each program year the file lists, so a curator can also remove one. */
    private static void loadCriteria(Connection db, List<SeedFile.Row> rows, Map<String, String> slugs)
            throws SQLException {
        Set<List<Object>> years = new LinkedHashSet<>();
        for (SeedFile.Row row : rows) {
            years.add(List.of(programSlug(slugs, row, row.required("program")), row.integer("year")));
        }
        try (PreparedStatement delete = db.prepareStatement(
                "delete from program_criterion where program_slug = ? and year = ?");
             PreparedStatement insert = db.prepareStatement("""
                     insert into program_criterion (program_slug, year, certification_code, basis, source_urls)
                     values (?, ?, ?, ?, ?)
                     """)) {
            for (List<Object> year : years) {
                set(delete, year.get(0), year.get(1));
                delete.addBatch();
            }
            delete.executeBatch();
            for (SeedFile.Row row : rows) {
                set(insert, programSlug(slugs, row, row.required("program")), row.integer("year"),
                        row.required("certification_id"), row.text("basis"), row.text("source_urls"));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void loadPopulations(Connection db, List<SeedFile.Row> rows) throws SQLException {
        try (PreparedStatement upsert = db.prepareStatement("""
                insert into population (slug, description, value, unit, as_of, notes, source_urls)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (slug) do update set description = excluded.description, value = excluded.value,
                    unit = excluded.unit, as_of = excluded.as_of, notes = excluded.notes,
                    source_urls = excluded.source_urls
                """)) {
            for (SeedFile.Row row : rows) {
                set(upsert, populationSlug(row.required("key")), row.required("description"),
                        Long.valueOf(row.required("value")), row.required("unit"), row.text("as_of"),
                        row.text("notes"), row.text("source_url"));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
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
